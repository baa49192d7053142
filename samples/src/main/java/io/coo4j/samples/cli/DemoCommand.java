package io.coo4j.samples.cli;

import io.coo4j.client.CooClient;
import io.coo4j.client.ConflictException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.ValidationPurpose;
import io.coo4j.testkit.Sandbox;
import io.coo4j.testkit.SampleData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code coo demo}: the README's main job on an embedded Single Window sandbox — build a China–ASEAN certificate,
 * validate it against every rule of its type, save it (the service numbers it), declare it, wait for approval with
 * the receipts, show a forbidden operation refused, and self-print the approved original.
 */
@Command(name = "demo", description = "Builds, validates, numbers, declares a sample certificate to an embedded sandbox, "
        + "waits for approval and self-prints the original.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Certificate draft = SampleData.certificate();
        out.println("1. Built a " + ReferenceData.defaults().certificateType(draft.type()).orElseThrow().nameEn()
                + " (" + draft.type() + ") for " + draft.destinationCountry() + ", " + draft.goods().size()
                + " goods line(s), FOB USD " + draft.goodsFobTotal());

        CertificateValidator validator = CertificateValidator.create(ReferenceData.defaults(), common.dataPack());
        ValidationReport report = validator.validate(draft, ValidationPurpose.SAVE);
        out.println("2. Validation for saving (暂存): " + summary(report));
        if (!report.valid()) {
            Output.report(out, "demo certificate", report, false);
            return Coo.INVALID;
        }

        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(200)).start();
             CooClient client = sandbox.newClient()) {
            out.println("3. Started a Single Window sandbox on " + sandbox.endpoint());
            Certificate saved = client.certificates().save(draft).certificate();
            String number = saved.number();
            out.println("4. Saved (暂存); the service numbered it " + number);
            report = validator.validate(saved);
            out.println("   Validation for declaring (申报, every rule of type E): " + summary(report));
            if (!report.valid()) {
                Output.report(out, "demo certificate " + number, report, false);
                return Coo.INVALID;
            }
            out.println("5. Declared (申报): " + client.certificates().declare(number).state());
            CertificateRecord done = client.certificates().awaitStatus(number, CertificateState.APPROVED, Duration.ofSeconds(30));
            done.receipts().forEach(r -> out.println("   receipt " + r.seq() + " " + r.code() + " " + r.status()));
            out.println("6. " + number + " is " + done.state() + " (" + done.state().nameZh() + ")");
            try {
                client.certificates().delete(number);
            } catch (ConflictException e) {
                out.println("7. Refused as the manual says (001 ch.5): " + e.errorCode() + ", " + e.operation()
                        + " is not allowed in state " + e.state());
            }
            out.println("8. Self-printed original (background, enterprise and customs seals): " + selfPrint(done.certificate()));
            if (common.json()) {
                Output.json(out, done);
            }
        }
        out.flush();
        return Coo.OK;
    }

    /** The approved certificate's self-print original, in a temporary file (no file is left in the working folder). */
    private static Path selfPrint(Certificate c) {
        RenderOptions options = RenderOptions.builder()
                .enterpriseSeal(SealDesign.of(c.enterpriseNameCn(), SealKind.COMPANY, SealShape.ROUND))
                .customsSeal(SealDesign.of("中华人民共和国深圳海关", SealKind.COMPANY, SealShape.ROUND)).build();
        try {
            Path pdf = Files.createTempFile("coo-demo-" + c.number() + "-", ".pdf");
            Files.write(pdf, PdfRenderer.defaults().render(c, options).pdf());
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(ValidationReport report) {
        return (report.valid() ? "valid" : "INVALID") + ", " + report.violations().size() + " violation(s), "
                + report.notChecked().size() + " check(s) not made"
                + (report.notChecked().isEmpty() ? "" : " (" + report.notChecked().get(0).reason() + ")");
    }
}
