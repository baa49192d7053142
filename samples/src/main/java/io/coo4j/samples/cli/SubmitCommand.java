package io.coo4j.samples.cli;

import io.coo4j.client.CertificateChannel;
import io.coo4j.client.CertificateRejectedException;
import io.coo4j.client.CooClient;
import io.coo4j.client.exchange.FileExchange;
import io.coo4j.core.Digests;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code coo submit FILE --endpoint URL} or {@code --outbox DIR}: declares a certificate over HTTP or through the import
 * client's folders (the same {@link CertificateChannel}) and, if asked, waits for the review.
 */
@Command(name = "submit", description = "Declares (申报) a certificate JSON file to a Single Window or a sandbox, or writes "
        + "it into the import client's OutBox (企业 ERP 对接); with --wait, waits for approval (exit 1 with the customs' "
        + "reasons when it is returned, 退证).")
final class SubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** HTTP or the folders, not both. */
    static final class Target {
        @ArgGroup(exclusive = false)
        ServiceOptions service;

        @Option(names = "--outbox", paramLabel = "DIR", description = "The import client's OutBox: write the customs import "
                + "message there (atomically) instead of calling a service; receipts are read from the InBox beside it, "
                + "coo4j's journal kept in coo4j/ beside it (docs/file-exchange.md). The certificate needs its number.")
        Path outBox;
    }

    @Parameters(paramLabel = "FILE", description = "The certificate (JSON, docs/schema/certificate.schema.json).")
    Path file;

    @Option(names = "--wait", paramLabel = "SECONDS", description = "Wait up to this long for 审核通过.")
    Long waitSeconds;

    @Override
    public Integer call() {
        Certificate certificate = CooJson.strict().readCertificate(file);
        if (target.outBox == null) {
            try (CooClient client = target.service.client()) {
                return submit(client.certificates(), certificate, UUID.randomUUID().toString());
            }
        }
        Path outBox = target.outBox.toAbsolutePath();
        try (FileExchange exchange = FileExchange.builder(outBox.getParent()).outBox(outBox)
                .pollInterval(Duration.ofMillis(500)).open()) {
            return submit(exchange, certificate, "file-" + digest(certificate));
        }
    }

    private int submit(CertificateChannel channel, Certificate certificate, String key) {
        PrintWriter out = spec.commandLine().getOut();
        CertificateRecord r = channel.declare(certificate, key);
        String number = r.certificate().number();
        if (waitSeconds != null) {
            try {
                r = channel.awaitStatus(number, CertificateState.APPROVED, Duration.ofSeconds(waitSeconds));
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

    /**
     * The SHA-256 of the certificate's canonical JSON: submitting the same certificate twice into the OutBox writes
     * one message. Digesting what was read, not the file again, keeps a pipe (read once) and the size cap working.
     */
    private static String digest(Certificate certificate) {
        return Digests.sha256Hex(CooJson.strict().writeBytes(certificate)).substring(0, 48);
    }
}
