package io.coo4j.print.attachment;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
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
 * Checks an attachment (随附单据) before it is added to a certificate (docs/domain.md, "Attachments"): it must be a PDF by
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

    /** Checks a file; only its size is looked at when it is over the limit. */
    public static AttachmentReport check(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new AttachmentReport(size, 0, List.of(tooLarge(size)));
            }
            return check(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : "cannot read the file: " + e.getMessage(), e);
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
