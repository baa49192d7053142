package io.coo4j.client;

/**
 * What was printed (打印标记, 003 证书打印): the original, the original and a copy together, or a copy. Marking an
 * original is allowed once the layout is received, not archived and pending, and makes the certificate printed; a copy
 * may be printed any time.
 *
 * @since 0.1
 */
public enum PrintMark {
    /** 打印正本. */
    ORIGINAL,
    /** 打印正副本. */
    ORIGINAL_AND_COPY,
    /** 打印副本. */
    COPY
}
