package io.coo4j.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A receipt (回执) from the customs side: its sequence, time, code, text and the status it reports,
 * e.g. {@code 0001}, "报文收到时间…", {@code 审核通过,可以领证}.
 *
 * @param seq the receipt's sequence number
 * @param time when the customs side sent it
 * @param code the receipt code, e.g. {@code 0001}
 * @param text the receipt's text
 * @param status the status it reports, e.g. {@code 审核通过,可以领证}
 */
public record Receipt(
        int seq,
        @Nullable Instant time,
        @Nullable String code,
        @Nullable String text,
        @Nullable String status) {
}
