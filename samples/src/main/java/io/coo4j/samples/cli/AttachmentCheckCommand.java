package io.coo4j.samples.cli;

import io.coo4j.print.attachment.AttachmentCheck;
import io.coo4j.print.attachment.AttachmentReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coo attachment-check FILE}: whether a file may be attached to a certificate (docs/domain.md, "Attachments"). */
@Command(name = "attachment-check", description = "Checks an attachment: a PDF (by content), pages ≤ 300 KB, file ≤ 4 MB. Exit 1 when refused.")
final class AttachmentCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The file to attach.")
    Path file;

    @Override
    public Integer call() {
        AttachmentReport report = AttachmentCheck.check(file);
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, report);
        } else {
            out.println(file + ": " + (report.accepted() ? "accepted" : "REFUSED") + " (" + report.sizeBytes() / 1024
                    + " KB, " + report.pages() + " page(s))");
            for (AttachmentReport.Finding f : report.findings()) {
                out.println("  " + f.code() + ": " + f.message());
            }
            out.flush();
        }
        return report.accepted() ? Coo.OK : Coo.INVALID;
    }
}
