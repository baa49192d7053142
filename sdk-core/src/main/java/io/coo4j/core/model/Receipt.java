package io.coo4j.core.model;

import java.time.Instant;

/**
 * A receipt (回执) from the customs side: its sequence, time, code, text and the status it reports,
 * e.g. {@code 0001}, "报文收到时间…", {@code 审核通过,可以领证}.
 */
public record Receipt(int seq, Instant time, String code, String text, String status) {
}
