package io.coo4j.samples.cli;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationPurpose;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coo validate FILE}: every rule that exists for the certificate's type. */
@Command(name = "validate", description = "Validates a certificate (JSON) as the Single Window would on saving or"
        + " declaring it. Exit 1 when it has an ERROR.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CriteriaOptions criteria;

    @Option(names = "--purpose", defaultValue = "declare", converter = PurposeConverter.class,
            description = "save (a draft: formats and what the customs message cannot do without) or declare (every rule;"
                    + " the default).")
    ValidationPurpose purpose;

    @Option(names = "--strict", description = "Report the warnings that rest on the customs schema or on another"
            + " implementation as errors.")
    boolean strict;

    @Parameters(paramLabel = "FILE", description = "The certificate JSON file.")
    Path file;

    @Override
    public Integer call() {
        Certificate c = CooJson.strict().readCertificate(file);
        CertificateValidator validator = CertificateValidator.builder().referenceData(ReferenceData.defaults())
                .dataPack(common.dataPack()).criteria(criteria.table()).strict(strict).build();
        ValidationReport report = validator.validate(c, purpose);
        Output.report(spec.commandLine().getOut(), file.toString(), report, common.json());
        return report.valid() ? Coo.OK : Coo.INVALID;
    }

    /** {@code save} / {@code declare}, in any case. */
    static final class PurposeConverter implements ITypeConverter<ValidationPurpose> {
        @Override
        public ValidationPurpose convert(String value) {
            for (ValidationPurpose p : ValidationPurpose.values()) {
                if (p.name().equalsIgnoreCase(value)) {
                    return p;
                }
            }
            throw new TypeConversionException("expected save or declare, found '" + value + "'");
        }
    }
}
