package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.samples.CooCliTest.Run;
import io.coo4j.samples.cli.Coo;
import io.coo4j.testkit.CooSandbox;
import io.coo4j.testkit.ImportClientSimulator;
import io.coo4j.testkit.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** coo sandbox, submit and status against a sandbox over loopback. */
@CooSandbox(reviewDelayMillis = 10)
class ServiceCliTest {
    private static final String E = GeneratedFiles.projectRoot().resolve("samples/certificates/E.json").toString();

    @Test
    void submitWaitsForApprovalAndStatusShowsTheReceipts(Sandbox sandbox) {
        Run submitted = coo("submit", E, "--endpoint", sandbox.endpoint(), "--wait", "10");
        assertThat(submitted.exit()).as(submitted.err()).isZero();
        assertThat(submitted.out()).matches("(?s)E\\d{15}: APPROVED 审核通过\\s*");

        String number = submitted.out().substring(0, submitted.out().indexOf(':'));
        Run status = coo("status", number, "--endpoint", sandbox.endpoint());
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains(number + ": APPROVED 审核通过").contains("receipt 1").contains("receipt 3");
    }

    @Test
    void anUnknownNumberIsOneLineOnStderr(Sandbox sandbox) {
        Run r = coo("status", "E259999999990001", "--endpoint", sandbox.endpoint());
        assertThat(r.exit()).isEqualTo(Coo.USAGE);
        assertThat(r.err()).startsWith("coo: certificate E259999999990001 does not exist").doesNotContain("\tat ");
    }

    @Test
    void plainHttpOffLoopbackIsRefused() {
        Run r = coo("status", "E254565009990001", "--endpoint", "http://gateway.example.com/v1");
        assertThat(r.exit()).isEqualTo(Coo.USAGE);
        assertThat(r.err()).contains("endpoint: plain http is allowed only on loopback");
    }

    @Test
    void sandboxStartsOnAFreePortAndStops() {
        Run r = coo("sandbox", "--port", "0", "--stop-after", "0");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("Single Window sandbox on http://127\\.0\\.0\\.1:\\d+/v1");
    }

    @Test
    void sandboxWithAJournalSaysWhereItKeepsItsRecordsAndRefusesAForeignFile(@TempDir Path dir) throws IOException {
        Path journal = dir.resolve("sandbox.journal");
        Run kept = coo("sandbox", "--port", "0", "--stop-after", "0", "--journal", journal.toString());
        assertThat(kept.exit()).isZero();
        assertThat(kept.out()).contains("records kept in " + journal);

        Files.writeString(journal, "{\"not\": \"a journal\"}\n");
        Run refused = coo("sandbox", "--port", "0", "--stop-after", "0", "--journal", journal.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("line 1").doesNotContain("\tat ");
    }

    @Test
    void submitWritesIntoTheOutBoxOnceAndWaitsForTheReceipts(@TempDir Path root) {
        String outBox = root.resolve("OutBox").toString();
        try (ImportClientSimulator sim = ImportClientSimulator.builder(root).reviewDelay(Duration.ofMillis(10)).start()) {
            Run submitted = coo("submit", E, "--outbox", outBox, "--wait", "10");
            assertThat(submitted.exit()).as(submitted.err()).isZero();
            assertThat(submitted.out()).isEqualTo("E254565009990001: APPROVED 审核通过\n");
            Run again = coo("submit", E, "--outbox", outBox);
            assertThat(again.out()).isEqualTo("E254565009990001: APPROVED 审核通过\n");
            assertThat(sim.sentBox().toFile().list()).hasSize(1);
        }
    }

    @Test
    void submitTakesAnEndpointOrAnOutBoxNotBoth(@TempDir Path root) {
        Run r = coo("submit", E, "--endpoint", "http://127.0.0.1:1/v1", "--outbox", root.toString());
        assertThat(r.exit()).isEqualTo(Coo.USAGE);
        assertThat(r.err()).contains("expected only one match").contains("--outbox=DIR | [--endpoint=URL");
    }
}
