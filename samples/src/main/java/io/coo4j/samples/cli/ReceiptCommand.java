package io.coo4j.samples.cli;

import io.coo4j.client.message.CustomsReceipt;
import io.coo4j.client.message.ReceiptReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coo receipt FILE.xml}: what a receipt of the Single Window import client says. */
@Command(name = "receipt", description = "Reads a receipt (回执) of the Single Window import client (Receipt or FileRet) and says "
        + "what it means for the certificate; docs/customs-message.md lists which codes are confirmed.")
final class ReceiptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The receipt XML file.")
    Path file;

    @Override
    public Integer call() {
        CustomsReceipt r = ReceiptReader.defaults().read(file);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, r);
            return Coo.OK;
        }
        out.println(r.certificateNumber() + ": " + r.status() + " " + r.status().nameZh() + " (" + r.kind().rootElement()
                + (r.channel() == null ? "" : ", channel " + r.channel()) + (r.type() == null ? "" : ", type " + r.type())
                + (r.code() == null ? "" : ", code " + r.code()) + ")" + (r.message() == null ? "" : ": " + r.message()));
        r.status().certificateState().ifPresent(s -> out.println("  certificate state: " + s + " " + s.nameZh()));
        out.flush();
        return Coo.OK;
    }
}
