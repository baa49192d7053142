package io.coo4j.client;

import java.util.List;

/**
 * A certificate's self-print file (版式) as the service renders it, of the certificate or one of its other
 * {@link PrintDocument documents}: the PDF on A4 with the background pattern
 * (底纹), the enterprise seal and declarant signature authorised for self-print, and the customs' seal — or, for a
 * copy, marked COPY (副本) without the pattern. {@code advice} carries the manual's hints, e.g. overlay print (套打)
 * for more than ten pages (003 常见问题 Q5). Immutable by convention: do not change the array.
 *
 * @since 0.1
 */
public record PrintLayout(String number, PrintDocument document, boolean copy, int pages, byte[] pdf,
                          List<String> advice) {
    public PrintLayout {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
