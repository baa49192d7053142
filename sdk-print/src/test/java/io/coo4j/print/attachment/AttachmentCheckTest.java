package io.coo4j.print.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.coo4j.core.testing.Bounds;
import io.coo4j.core.testing.Fifos;
import io.coo4j.print.attachment.AttachmentReport.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.common.PDStream;
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

    /** Issue 16, item 4: a 1 MB PDF whose page inflates to 1 GB cost 2.8 GB and 27 s; measured now before loading. */
    @Test
    void refusesAFlateBombWithinBoundedMemoryAndTime() throws IOException {
        byte[] bomb = pageWithContent(zlibOfSpaces(1024), COSName.FLATE_DECODE);
        assertThat(bomb.length).isLessThan(2 << 20);
        AttachmentReport report = Bounds.within(Duration.ofSeconds(10), 64L << 20, () -> AttachmentCheck.check(bomb));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.TOO_EXPENSIVE);
            assertThat(f.message()).contains("decompresses to more than 32 MB");
        });
    }

    /** 20,000 small pages took 47 s; the count is refused before any page is looked at. */
    @Test
    void refusesMorePagesThanItChecks() throws IOException {
        byte[] many = pdf(AttachmentCheck.MAX_PAGES + 1, 0, null);
        AttachmentReport report = Bounds.within(Duration.ofSeconds(10), 256L << 20, () -> AttachmentCheck.check(many));
        assertThat(report.findings()).extracting(AttachmentReport.Finding::code).containsExactly(Code.TOO_MANY_PAGES);
        assertThat(report.pages()).isEqualTo(AttachmentCheck.MAX_PAGES + 1);
        assertThat(AttachmentCheck.check(pdf(AttachmentCheck.MAX_PAGES, 0, null)).accepted()).isTrue();
    }

    /** A PDF whose only page cannot be parsed passed the check (item 6). */
    @Test
    void refusesAPageWhoseContentCannotBeRead() throws IOException {
        byte[] broken = pageWithContent(new byte[] {0x78, (byte) 0x9c, 1, 2, 3, 4, 5, 6, 7, 8}, COSName.FLATE_DECODE);
        assertThat(AttachmentCheck.check(broken).findings()).extracting(AttachmentReport.Finding::code)
                .containsExactly(Code.CORRUPT);
    }

    /** A one-page PDF whose content stream holds {@code raw} as it is, under {@code filter}. */
    private static byte[] pageWithContent(byte[] raw, COSName filter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream out = content.createRawOutputStream()) {
                out.write(raw);
            }
            content.setItem(COSName.FILTER, filter);
            page.setContents(new PDStream(content));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /**
     * zlib data of {@code mebibytes} MiB of spaces, built in milliseconds: one MiB deflated with a full flush (which
     * forgets the history, so its bytes decode the same wherever they stand) repeated, an empty final block and the
     * Adler-32 of the whole.
     */
    private static byte[] zlibOfSpaces(int mebibytes) throws IOException {
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) ' ');
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(block);
        ByteArrayOutputStream flushed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            flushed.write(buffer, 0, n);
        } while (n == buffer.length);
        deflater.end();
        Adler32 adler = new Adler32();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xda);
        for (int i = 0; i < mebibytes; i++) {
            flushed.writeTo(out);
            adler.update(block);
        }
        out.write(0x03);
        out.write(0x00);
        long sum = adler.getValue();
        out.writeBytes(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        return out.toByteArray();
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
