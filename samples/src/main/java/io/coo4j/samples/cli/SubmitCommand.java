package io.coo4j.samples.cli;

import io.coo4j.client.CertificateRejectedException;
import io.coo4j.client.CooClient;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.CertificateRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coo submit FILE --endpoint URL}: declares a certificate and, if asked, waits for the review. */
@Command(name = "submit", description = "Declares (申报) a certificate JSON file to a Single Window or a sandbox; with --wait, "
        + "waits for approval (exit 1 with the customs' reasons when it is returned, 退证).")
final class SubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "FILE", description = "The certificate (JSON, docs/schema/certificate.schema.json).")
    Path file;

    @Option(names = "--wait", paramLabel = "SECONDS", description = "Wait up to this long for 审核通过.")
    Long waitSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var certificate = CooJson.strict().readCertificate(file);
        try (CooClient client = service.client()) {
            CertificateRecord r = client.certificates().declare(certificate);
            String number = r.certificate().number();
            if (waitSeconds != null) {
                try {
                    r = client.certificates().awaitStatus(number, CertificateState.APPROVED, Duration.ofSeconds(waitSeconds));
                } catch (CertificateRejectedException e) {
                    out.println(number + ": " + CertificateState.RETURNED + " " + CertificateState.RETURNED.nameZh());
                    e.reasons().forEach(v -> out.println("  " + v.code() + " " + v.path() + ": " + v.message()));
                    return Coo.INVALID;
                }
            }
            if (common.json()) {
                Output.json(out, r);
            } else {
                out.println(number + ": " + r.state() + " " + r.state().nameZh());
            }
            out.flush();
            return Coo.OK;
        }
    }
}
