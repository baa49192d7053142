package io.coo4j.samples.cli;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coo validate FILE}: every rule that exists for the certificate's type. */
@Command(name = "validate", description = "Validates a certificate (JSON, docs/schema). Exit 1 when it has an ERROR.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CriteriaOptions criteria;

    @Parameters(paramLabel = "FILE", description = "The certificate JSON file.")
    Path file;

    @Override
    public Integer call() {
        Certificate c = CooJson.strict().readCertificate(file);
        CertificateValidator validator = CertificateValidator.create(ReferenceData.defaults(), common.dataPack(),
                criteria.table());
        ValidationReport report = validator.validate(c);
        Output.report(spec.commandLine().getOut(), file.toString(), report, common.json());
        return report.valid() ? Coo.OK : Coo.INVALID;
    }
}
