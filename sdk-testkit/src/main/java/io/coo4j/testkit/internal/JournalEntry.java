package io.coo4j.testkit.internal;

import java.time.Instant;
import java.util.List;

/**
 * One line of the sandbox's journal (its optional persistence, a {@link io.coo4j.core.json.JsonLinesFile}): a request
 * that changed something, as it arrived — when, for whom, the raw call — and the random bytes it drew. Replaying the
 * lines through the same routes rebuilds every desk (numbers, states, receipts, idempotency keys) without each desk
 * knowing how to save itself. A line is written before the answer is sent, so a line cut off by a crash belongs to a
 * request that was never answered, and the client's retry under its idempotency key does the work again.
 */
record JournalEntry(Instant at, String principal, String key, String method, String path, String query, byte[] body,
                    List<byte[]> random) {
    JournalEntry {
        random = random == null ? List.of() : List.copyOf(random);
    }
}
