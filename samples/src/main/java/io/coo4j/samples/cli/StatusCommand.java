package io.coo4j.samples.cli;

import io.coo4j.client.CertificateStatus;
import io.coo4j.client.CooClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coo status NUMBER --endpoint URL}: a certificate's state and receipts. */
@Command(name = "status", description = "Shows a certificate's state, the reasons of a return (退证) and its receipts (回执).")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "NUMBER", description = "The certificate number.")
    String number;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CooClient client = service.client()) {
            CertificateStatus s = client.certificates().status(number);
            if (common.json()) {
                Output.json(out, s);
                return Coo.OK;
            }
            out.println(s.number() + ": " + s.state() + " " + s.state().nameZh() + " since " + s.updatedAt());
            s.reasons().forEach(v -> out.println("  reason " + v.code() + " " + v.path() + ": " + v.message()));
            client.certificates().receipts(number).forEach(r ->
                    out.println("  receipt " + r.seq() + " " + r.time() + " " + r.code() + " " + r.status()));
            out.flush();
            return Coo.OK;
        }
    }
}
