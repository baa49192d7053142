package io.coo4j.print.attachment;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.print.internal.FlateBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an attachment (随附单据) before it is added to a certificate (docs/domain.md, "Attachments"): it must be a PDF by
 * its content, not its name; the file at most 4 MB; each page at most 300 KB (measured as that page saved
 * alone, with the resources it uses). A corrupt or encrypted file, a page that cannot be parsed, and a file that would
 * cost more memory or time to check than any real attachment (a decompression bomb, thousands of pages) are findings,
 * not exceptions.
 *
 * <p>Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class AttachmentCheck {
    /** The largest file accepted. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The largest page accepted. */
    public static final long MAX_PAGE_BYTES = 300L * 1024;
    /**
     * The most pages checked. The manual sets no page count; 500 pages of an attachment of at most 4 MB average 8 KB,
     * more than any invoice, contract or packing list needs, and checking them takes about a second.
     */
    public static final int MAX_PAGES = 500;
    /** What one Flate stream may decompress to: an A4 page scanned at 300 dpi in colour is 26 MB. */
    public static final long MAX_STREAM_BYTES = 32L * 1024 * 1024;
    /** What all Flate streams together may decompress to. */
    public static final long MAX_INFLATED_BYTES = 128L * 1024 * 1024;
    /** The buffers PDFBox may use for streams it creates while a page is measured. */
    public static final long MAX_SCRATCH_BYTES = 32L * 1024 * 1024;
    /** The longest a check runs; a file that needs more is refused. */
    public static final Duration MAX_CHECK_TIME = Duration.ofSeconds(10);

    private AttachmentCheck() {
    }

    /**
     * Checks a file (a pipe too). At most {@link #MAX_FILE_BYTES} + 1 bytes are read, counted as they arrive: a file
     * over the limit is reported as too large by the size it claims, or, for a pipe, as larger than the limit.
     */
    public static AttachmentReport check(Path file) {
        InvalidInputException.requireArgument(file, "AttachmentCheck.check", "file");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes((int) MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", BoundedInput.describe(e), e);
        }
        if (head.length > MAX_FILE_BYTES) {
            long claimed = claimedSize(file);
            long size = Math.max(claimed, head.length);
            return new AttachmentReport(size, 0, List.of(claimed > MAX_FILE_BYTES ? tooLarge(size)
                    : new AttachmentReport.Finding(AttachmentReport.Code.FILE_TOO_LARGE, 0,
                            "the file is more than 4 MB; at most 4 MB")));
        }
        return check(head);
    }

    /** The size a regular file claims; 0 for a pipe, whose length is known only by reading it. */
    private static long claimedSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Checks the content of an attachment. A hostile file costs bounded memory and time: its Flate streams are
     * measured before PDFBox loads it ({@link #MAX_STREAM_BYTES} each, {@link #MAX_INFLATED_BYTES} together), PDFBox
     * gets {@link #MAX_SCRATCH_BYTES} of buffers, at most {@link #MAX_PAGES} pages are looked at and the check stops
     * after {@link #MAX_CHECK_TIME}; beyond any of them the file is refused with a finding.
     */
    public static AttachmentReport check(byte[] content) {
        InvalidInputException.requireArgument(content, "AttachmentCheck.check", "content");
        List<AttachmentReport.Finding> findings = new ArrayList<>();
        long size = content.length;
        if (size > MAX_FILE_BYTES) {
            findings.add(tooLarge(size));
        }
        if (!looksLikePdf(content)) {
            findings.add(new AttachmentReport.Finding(AttachmentReport.Code.NOT_PDF, 0,
                    "not a PDF: the content does not start with %PDF-"));
            return new AttachmentReport(size, 0, findings);
        }
        String bomb = FlateBudget.overBudget(content, MAX_STREAM_BYTES, MAX_INFLATED_BYTES);
        if (bomb != null) {
            findings.add(new AttachmentReport.Finding(AttachmentReport.Code.TOO_EXPENSIVE, 0, "the PDF is refused: "
                    + bomb + ", far more than an attachment of at most 4 MB holds"));
            return new AttachmentReport(size, 0, findings);
        }
        long deadline = System.nanoTime() + MAX_CHECK_TIME.toNanos();
        try (PDDocument doc = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH_BYTES).streamCache)) {
            if (doc.isEncrypted()) {
                findings.add(new AttachmentReport.Finding(AttachmentReport.Code.ENCRYPTED, 0,
                        "the PDF is encrypted; attach it without a password or restrictions"));
                return new AttachmentReport(size, doc.getNumberOfPages(), findings);
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                findings.add(new AttachmentReport.Finding(AttachmentReport.Code.CORRUPT, 0, "the PDF has no pages"));
            } else if (pages > MAX_PAGES) {
                findings.add(new AttachmentReport.Finding(AttachmentReport.Code.TOO_MANY_PAGES, 0, "the PDF has "
                        + pages + " pages; at most " + MAX_PAGES + " are checked, so split it into several attachments"));
                return new AttachmentReport(size, pages, findings);
            }
            for (int i = 0; i < pages; i++) {
                if (System.nanoTime() > deadline) {
                    findings.add(new AttachmentReport.Finding(AttachmentReport.Code.TOO_EXPENSIVE, i + 1,
                            "checking the PDF took longer than " + MAX_CHECK_TIME.toSeconds() + " s; it was stopped"
                                    + " at page " + (i + 1)));
                    break;
                }
                checkPage(doc, i, findings);
            }
            return new AttachmentReport(size, pages, findings);
        } catch (InvalidPasswordException e) {
            findings.add(new AttachmentReport.Finding(AttachmentReport.Code.ENCRYPTED, 0,
                    "the PDF is encrypted with a password; attach it without one"));
        } catch (IOException | RuntimeException e) {
            findings.add(new AttachmentReport.Finding(AttachmentReport.Code.CORRUPT, 0,
                    "the PDF cannot be read: " + e.getMessage()));
        }
        return new AttachmentReport(size, 0, findings);
    }

    /** Parses page {@code index}'s content and measures it alone; a page that cannot be read is CORRUPT. */
    private static void checkPage(PDDocument doc, int index, List<AttachmentReport.Finding> findings) {
        int number = index + 1;
        long pageSize;
        try {
            PDPage page = doc.getPage(index);
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                String damage = FlateBudget.damaged(it.next().getCOSObject(), MAX_STREAM_BYTES);
                if (damage != null) {
                    throw new IOException("its content cannot be decoded: " + damage);
                }
            }
            // Token by token, keeping none: a content stream of millions of operators costs no more than one.
            PDFStreamParser parser = new PDFStreamParser(page);
            while (parser.parseNextToken() != null) {
                // only whether it parses
            }
            pageSize = pageSize(page);
        } catch (IOException | RuntimeException e) {
            findings.add(new AttachmentReport.Finding(AttachmentReport.Code.CORRUPT, number,
                    "page " + number + " cannot be read: " + e.getMessage()));
            return;
        }
        if (pageSize > MAX_PAGE_BYTES) {
            findings.add(new AttachmentReport.Finding(AttachmentReport.Code.PAGE_TOO_LARGE, number,
                    "page " + number + " is " + pageSize / 1024 + " KB; at most 300 KB per page"));
        }
    }

    private static AttachmentReport.Finding tooLarge(long size) {
        return new AttachmentReport.Finding(AttachmentReport.Code.FILE_TOO_LARGE, 0,
                String.format("the file is %.1f MB; at most 4 MB", size / 1024.0 / 1024.0));
    }

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static boolean looksLikePdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /**
     * The page saved alone with the resources it uses. The page is added as it is, not imported: importing decodes
     * and re-encodes its content in memory, and the size to judge is that of the page's bytes as sent.
     */
    private static long pageSize(PDPage page) throws IOException {
        try (PDDocument single = new PDDocument()) {
            single.addPage(page);
            CountingStream out = new CountingStream();
            single.save(out);
            return out.count;
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
