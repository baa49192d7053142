package io.coo4j.print.attachment;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks an attachment (随附单据) before it is added to a certificate (DOMAIN.md §4): it must be a PDF by
 * its content, not its name; the file at most 4 MB; each page at most 300 KB (measured as that page saved
 * alone, with the resources it uses). A corrupt or encrypted file is a finding, not an exception.
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

    private AttachmentCheck() {
    }

    /**
     * Checks a file (a pipe too). At most {@link #MAX_FILE_BYTES} + 1 bytes are read, counted as they arrive: a file
     * over the limit is reported as too large by the size it claims, or, for a pipe, as larger than the limit.
     */
    public static AttachmentReport check(Path file) {
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

    public static AttachmentReport check(byte[] content) {
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
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.isEncrypted()) {
                findings.add(new AttachmentReport.Finding(AttachmentReport.Code.ENCRYPTED, 0,
                        "the PDF is encrypted; attach it without a password or restrictions"));
                return new AttachmentReport(size, doc.getNumberOfPages(), findings);
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                findings.add(new AttachmentReport.Finding(AttachmentReport.Code.CORRUPT, 0, "the PDF has no pages"));
            }
            for (int i = 0; i < pages; i++) {
                long pageSize = pageSize(doc, i);
                if (pageSize > MAX_PAGE_BYTES) {
                    findings.add(new AttachmentReport.Finding(AttachmentReport.Code.PAGE_TOO_LARGE, i + 1,
                            "page " + (i + 1) + " is " + pageSize / 1024 + " KB; at most 300 KB per page"));
                }
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

    private static AttachmentReport.Finding tooLarge(long size) {
        return new AttachmentReport.Finding(AttachmentReport.Code.FILE_TOO_LARGE, 0,
                String.format("the file is %.1f MB; at most 4 MB", size / 1024.0 / 1024.0));
    }

    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static boolean looksLikePdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static long pageSize(PDDocument doc, int index) throws IOException {
        try (PDDocument single = new PDDocument()) {
            single.importPage(doc.getPage(index));
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
