package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CertificateQuery;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.RetryPolicy;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.JsonLinesFile;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Enterprise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox kept in a journal file: a restarted sandbox answers as the one before it did. */
class SandboxJournalTest {
    @RegisterExtension
    final FaultSeed seed = new FaultSeed();

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Sandbox start(Path journal, Duration reviewDelay) {
        return Sandbox.builder().reviewDelay(reviewDelay).journal(journal).start();
    }

    private static Certificate fresh() {
        return SampleData.certificate().toBuilder().invoiceNumber("INV-" + UUID.randomUUID()).build();
    }

    @Test
    void restartedSandboxHoldsTheSameRecordsAndHonoursOldIdempotencyKeys() {
        Path journal = dir.resolve("sandbox.journal");
        Certificate declaredOnce = fresh();
        CertificateRecord approved;
        CertificateRecord returned;
        CertificateRecord draft;
        try (Sandbox sandbox = start(journal, Duration.ofMillis(20)); CooClient client = sandbox.newClient()) {
            String number = client.certificates().declare(declaredOnce, "erp-doc-1").certificate().number();
            approved = client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
            String wrong = client.certificates().declare(fresh().toBuilder().destinationCountry("US").build())
                    .certificate().number();
            returned = client.certificates().awaitStatus(wrong, CertificateState.RETURNED, WAIT);
            draft = client.certificates().save(fresh());
        }
        try (Sandbox sandbox = start(journal, Duration.ofMillis(20)); CooClient client = sandbox.newClient()) {
            assertThat(client.certificates().get(approved.certificate().number())).isEqualTo(approved);
            assertThat(client.certificates().get(returned.certificate().number())).isEqualTo(returned);
            assertThat(client.certificates().get(draft.certificate().number())).isEqualTo(draft);

            // The ERP repeats its declaration after both restarts: still the one certificate it got the first time.
            CertificateRecord again = client.certificates().declare(declaredOnce, "erp-doc-1");
            assertThat(again.certificate().number()).isEqualTo(approved.certificate().number());
            // Numbers go on from where the first sandbox stopped; none is handed out twice.
            String next = client.certificates().save(fresh()).certificate().number();
            assertThat(List.of(approved, returned, draft)).extracting(r -> r.certificate().number()).doesNotContain(next);
        }
    }

    /** Every desk is rebuilt from the same journal, not only certificates: here attachments and the enterprise. */
    @Test
    void attachmentsAndTheEnterpriseAreRebuiltToo() {
        Path journal = dir.resolve("sandbox.journal");
        String number;
        List<Attachment> attachments;
        Enterprise enterprise;
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            number = client.certificates().save(fresh()).certificate().number();
            client.attachments().add(number, AttachmentKind.values()[0], "invoice.pdf", Operations.pdf());
            Attachment dropped = client.attachments().add(number, AttachmentKind.values()[0], "draft.pdf", Operations.pdf());
            client.attachments().add(number, AttachmentKind.values()[0], "contract.pdf", Operations.pdf());
            client.attachments().delete(number, dropped.id());
            attachments = client.attachments().list(number);
            client.enterprise().submit();
            enterprise = client.enterprise().awaitSync(WAIT);
        }
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            assertThat(client.attachments().list(number)).hasSize(2).isEqualTo(attachments);
            assertThat(client.enterprise().get()).isEqualTo(enterprise);
        }
    }

    /** A refused upload is not journaled, so it must not use up an id: the replayed uploads get the same ones. */
    @Test
    void refusedUploadsTakeNoIdSoTheReplayedOnesKeepTheirs() {
        Path journal = dir.resolve("sandbox.journal");
        String number;
        List<Attachment> attachments;
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            number = client.certificates().save(fresh()).certificate().number();
            assertThatThrownBy(() -> client.attachments().add(number, AttachmentKind.values()[0], "notes.pdf",
                    "not a PDF".getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidRequestException.class);
            client.attachments().add(number, AttachmentKind.values()[0], "invoice.pdf", Operations.pdf());
            attachments = client.attachments().list(number);
        }
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            assertThat(client.attachments().list(number)).isEqualTo(attachments);
        }
    }

    @Test
    void concurrentDeclarationsThroughFaultsAreAllThereAfterARestart() throws Exception {
        Path journal = dir.resolve("sandbox.journal");
        Faults faults = Faults.builder().errorRate(0.10).dropBeforeRate(0.10).dropAfterRate(0.10).seed(seed.value()).build();
        List<CertificateRecord> before = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(5)).faults(faults).journal(journal).start();
             CooClient client = sandbox.clientBuilder()
                     .retryPolicy(new RetryPolicy(20, Duration.ofMillis(1), Duration.ofMillis(20))).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                numbers.add(pool.submit(() -> client.certificates().declare(fresh()).certificate().number()));
            }
            for (Future<String> f : numbers) {
                client.certificates().awaitStatus(f.get(), CertificateState.APPROVED, WAIT);
            }
            pool.shutdown();
            sandbox.faults(Faults.none());
            client.certificates().list(CertificateQuery.builder().pageSize(100).build()).forEach(before::add);
        }
        List<CertificateRecord> after = new ArrayList<>();
        try (Sandbox sandbox = start(journal, Duration.ofMillis(5)); CooClient client = sandbox.newClient()) {
            client.certificates().list(CertificateQuery.builder().pageSize(100).build()).forEach(after::add);
        }
        assertThat(before).hasSize(200);
        assertThat(after).containsExactlyElementsOf(before);
    }

    @Test
    void reviewStepsThatFellDueWhileStoppedAreDoneOnStartAtTheirOwnTimes() throws InterruptedException {
        Path journal = dir.resolve("sandbox.journal");
        Duration delay = Duration.ofMillis(300);
        CertificateRecord sent;
        try (Sandbox sandbox = start(journal, delay); CooClient client = sandbox.newClient()) {
            sent = client.certificates().declare(fresh());
        }
        assertThat(sent.state()).isEqualTo(CertificateState.SENT);
        Thread.sleep(2 * delay.toMillis() + 100);
        try (Sandbox sandbox = start(journal, delay); CooClient client = sandbox.newClient()) {
            CertificateRecord now = client.certificates().get(sent.certificate().number());
            assertThat(now.state()).isEqualTo(CertificateState.APPROVED);
            assertThat(now.receipts()).hasSize(3);
            assertThat(Duration.between(now.receipts().get(0).time(), now.receipts().get(2).time()))
                    .isEqualTo(delay.multipliedBy(2));
        }
    }

    @Test
    void aLineCutOffByACrashIsLeftOutAndTheJournalGoesOnAfterIt() throws IOException {
        Path journal = dir.resolve("sandbox.journal");
        String kept;
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            kept = client.certificates().save(fresh()).certificate().number();
        }
        Files.write(journal, "{\"at\":\"2026-12-02T10:00:00Z\",\"princ".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        String added;
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            assertThat(client.certificates().get(kept).state()).isEqualTo(CertificateState.DRAFT);
            added = client.certificates().save(fresh()).certificate().number();
        }
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            assertThat(client.certificates().get(added).state()).isEqualTo(CertificateState.DRAFT);
        }
    }

    /** Two sandboxes appending to one journal would interleave their changes: the second is refused. */
    @Test
    void aJournalServesOneSandboxAtATime() {
        Path journal = dir.resolve("sandbox.journal");
        try (Sandbox first = start(journal, Duration.ofMillis(10))) {
            assertThatThrownBy(() -> start(journal, Duration.ofMillis(10)))
                    .isInstanceOf(JsonLinesFile.LockedException.class).hasMessageContaining(journal.toString());
        }
        start(journal, Duration.ofMillis(10)).close();
    }

    @Test
    void aDamagedLineInsideTheJournalStopsTheStartAndNamesTheLine() throws IOException {
        Path journal = dir.resolve("sandbox.journal");
        try (Sandbox sandbox = start(journal, Duration.ofMillis(10)); CooClient client = sandbox.newClient()) {
            client.certificates().save(fresh());
        }
        byte[] original = Files.readAllBytes(journal);
        Files.write(journal, ("not json\n" + new String(original, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> start(journal, Duration.ofMillis(10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1");
        assertThat(Files.readAllBytes(journal)).hasSize(original.length + "not json\n".length());
    }
}
