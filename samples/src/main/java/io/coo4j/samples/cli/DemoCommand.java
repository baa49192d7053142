package io.coo4j.samples.cli;

import io.coo4j.client.CooClient;
import io.coo4j.client.ConflictException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.testkit.Sandbox;
import io.coo4j.testkit.SampleData;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code coo demo}: the README's main job on an embedded Single Window sandbox — build a China–ASEAN certificate,
 * validate it against every rule of its type, save it (the service numbers it), declare it, wait for approval with
 * the receipts, and show a forbidden operation refused. Rendering the self-print PDF joins when sdk-print lands; the
 * demo says so rather than pretending.
 */
@Command(name = "demo", description = "Builds, validates, numbers, declares a sample certificate to an embedded sandbox "
        + "and waits for approval.")
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

        ValidationReport report = CertificateValidator.create(ReferenceData.defaults(), common.dataPack()).validate(draft);
        out.println("2. Validation (every rule of type E): " + (report.valid() ? "valid" : "INVALID") + ", "
                + report.violations().size() + " violation(s), " + report.notChecked().size() + " check(s) not made"
                + (report.notChecked().isEmpty() ? "" : " (" + report.notChecked().get(0).reason() + ")"));
        if (!report.valid()) {
            Output.report(out, "demo certificate", report, false);
            return Coo.INVALID;
        }

        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(200)).start();
             CooClient client = sandbox.newClient()) {
            out.println("3. Started a Single Window sandbox on " + sandbox.endpoint());
            String number = client.certificates().save(draft).certificate().number();
            out.println("4. Saved (暂存); the service numbered it " + number);
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
            out.println("8. Rendering the self-print PDF comes with sdk-print; this demo stops after approval.");
            if (common.json()) {
                Output.json(out, done);
            }
        }
        out.flush();
        return Coo.OK;
    }
}
