package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.core.model.AttachmentKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking an upload takes no turn in the journal: while the sandbox checks a long PDF, another caller's change is
 * made and answered (it used to wait for the whole check, seconds for a hostile file, because the journal's lock covered
 * the request). Asserted as an order, not a time, so that a slow machine slows both sides alike.
 */
class UploadOutsideTheJournalLockTest {
    /** The most pages the attachment check reads: the slowest file it still accepts. */
    private static final int PAGES = 500;

    @Test
    void anotherChangeIsMadeWhileAnUploadIsChecked(@TempDir Path dir) throws Exception {
        byte[] longPdf = pdf(PAGES);
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofHours(1)).journal(dir.resolve("sandbox.journal")).start();
             CooClient client = sandbox.newClient()) {
            String draft = Operations.draft(client);
            long alone = System.nanoTime();
            client.attachments().add(draft, AttachmentKind.OTHER, "warm-up.pdf", longPdf);
            long checkMillis = (System.nanoTime() - alone) / 1_000_000;

            CompletableFuture<Long> upload = CompletableFuture.supplyAsync(() -> {
                client.attachments().add(draft, AttachmentKind.OTHER, "long.pdf", longPdf);
                return System.nanoTime();
            });
            Thread.sleep(Math.max(20, checkMillis / 5)); // the upload is being checked now
            Operations.draft(client);
            long changed = System.nanoTime();
            long uploaded = upload.get(60, TimeUnit.SECONDS);
            assertThat(changed).as("the draft was saved before the %d-page upload's check (%d ms alone) ended", PAGES, checkMillis)
                    .isLessThan(uploaded);
        }
    }

    private static byte[] pdf(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
