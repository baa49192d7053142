package io.coo4j.client;

import io.coo4j.core.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certificate's self-print file (版式) as the service renders it, of the certificate or one of its other
 * {@link PrintDocument documents}: the PDF on A4 with the background pattern
 * (底纹), the enterprise seal and declarant signature authorised for self-print, and the customs' seal — or, for a
 * copy, marked COPY (副本) without the pattern. {@code advice} carries the manual's hints, e.g. overlay print (套打)
 * for more than ten pages (003 常见问题 Q5). Immutable by convention: do not change the array.
 *
 * @param number   the certificate number
 * @param document which document of the certificate the file is
 * @param copy     whether it is the copy (副本) rather than the original (正本)
 * @param pages    how many A4 pages the PDF has
 * @param pdf      the PDF's bytes
 * @param advice   the manual's hints for printing it; empty when there are none
 * @since 0.1
 */
public record PrintLayout(String number, PrintDocument document, boolean copy, int pages, byte[] pdf,
                          List<String> advice) {
    /**
     * Checks the components: a missing number, document or PDF (an answer of the service without one) is an
     * {@link InvalidInputException} naming it; no advice is an empty list. The list is copied.
     */
    public PrintLayout(String number, PrintDocument document, boolean copy, int pages, byte[] pdf,
            @Nullable List<String> advice) {
        // Not compact: the parameter may be null, the component never is.
        InvalidInputException.requireArgument(number, "PrintLayout", "number");
        InvalidInputException.requireArgument(document, "PrintLayout", "document");
        InvalidInputException.requireArgument(pdf, "PrintLayout", "pdf");
        advice = advice == null ? List.of() : InvalidInputException.requireList(advice, "PrintLayout", "advice");
        this.number = number;
        this.document = document;
        this.copy = copy;
        this.pages = pages;
        this.pdf = pdf;
        this.advice = advice;
    }
}
