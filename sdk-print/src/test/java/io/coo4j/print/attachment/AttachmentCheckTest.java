package io.coo4j.print.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.coo4j.core.testing.Fifos;
import io.coo4j.print.attachment.AttachmentReport.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOMAIN.md §4: PDF only (by content), each page ≤ 300 KB, the file ≤ 4 MB; corrupt and encrypted files answered clearly. */
class AttachmentCheckTest {

    @Test
    void acceptsASmallPdfWhateverItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scan.jpg");
        Files.write(file, pdf(2, 0, null));
        AttachmentReport report = AttachmentCheck.check(file);
        assertThat(report.accepted()).isTrue();
        assertThat(report.pages()).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotAPdfWhateverItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("invoice.pdf");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        assertThat(AttachmentCheck.check(file).findings()).extracting(AttachmentReport.Finding::code).containsExactly(Code.NOT_PDF);
    }

    @Test
    void findsTheHeavyPage() throws IOException {
        AttachmentReport report = AttachmentCheck.check(pdf(3, 2, null));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.PAGE_TOO_LARGE);
            assertThat(f.page()).isEqualTo(2);
        });
    }

    @Test
    void refusesAFileOverFourMegabytes(@TempDir Path dir) throws IOException {
        byte[] big = new byte[(int) AttachmentCheck.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        Path file = dir.resolve("big.pdf");
        Files.write(file, big);
        assertThat(AttachmentCheck.check(file).findings()).extracting(AttachmentReport.Finding::code).containsExactly(Code.FILE_TOO_LARGE);
    }

    /** Issue 16, item 2: the size of a pipe is 0, so only counting what is read keeps the 4 MB cap. */
    @Test
    void refusesMoreThanFourMegabytesThroughAPipeWithoutReadingThemAll(@TempDir Path dir) throws Exception {
        Path fifo = Fifos.create(dir, "attachment.pdf");
        Fifos.feed(fifo, 64L << 20, (byte) '%');
        AttachmentReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> AttachmentCheck.check(fifo));
        assertThat(report.findings()).extracting(AttachmentReport.Finding::code).containsExactly(Code.FILE_TOO_LARGE);
        assertThat(report.sizeBytes()).isEqualTo(AttachmentCheck.MAX_FILE_BYTES + 1);
    }

    @Test
    void answersCorruptAndEncryptedFilesClearly() throws IOException {
        byte[] good = pdf(1, 0, null);
        byte[] truncated = java.util.Arrays.copyOf("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(), 40);
        assertThat(AttachmentCheck.check(truncated).findings()).extracting(AttachmentReport.Finding::code).containsExactly(Code.CORRUPT);
        assertThat(AttachmentCheck.check(pdf(1, 0, "secret")).findings()).extracting(AttachmentReport.Finding::code)
                .containsExactly(Code.ENCRYPTED);
        assertThat(AttachmentCheck.check(pdf(1, 0, "")).findings()).extracting(AttachmentReport.Finding::code)
                .as("owner password only: opens, but still encrypted").containsExactly(Code.ENCRYPTED);
        assertThat(AttachmentCheck.check(good).accepted()).isTrue();
    }

    /** A PDF of {@code pages} pages; page {@code heavy} (1-based) carries 400 KB of incompressible image. */
    private static byte[] pdf(int pages, int heavy, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                if (i == heavy) {
                    java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(400, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
                    Random random = new Random(1);
                    for (int y = 0; y < 400; y++) {
                        for (int x = 0; x < 400; x++) {
                            noise.setRGB(x, y, random.nextInt());
                        }
                    }
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.drawImage(LosslessFactory.createFromImage(doc, noise), 0, 0);
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
