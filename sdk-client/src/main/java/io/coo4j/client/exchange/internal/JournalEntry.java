package io.coo4j.client.exchange.internal;

import io.coo4j.client.message.CustomsReceipt;
import io.coo4j.core.model.Certificate;
import java.time.Instant;

/**
 * One line of the exchange's journal. Immutable.
 *
 * @param kind        what happened
 * @param at          when
 * @param key         the idempotency key (declarations)
 * @param number      the certificate number
 * @param file        the message's file name (declarations) or the receipt's (receipts)
 * @param digest      SHA-256 of the certificate's canonical JSON (declarations) or of the receipt file's bytes
 *                    (receipts), hex
 * @param certificate the declared certificate ({@link Kind#PENDING})
 * @param receipt     the receipt as read ({@link Kind#RECEIPT})
 */
public record JournalEntry(Kind kind, Instant at, String key, String number, String file, String digest,
                           Certificate certificate, CustomsReceipt receipt) {

    /** The three things the journal records. */
    public enum Kind {
        /** A message is written to its temporary name and about to be renamed into the OutBox. */
        PENDING,
        /** The message of {@link #PENDING} is in the OutBox under its name. */
        DONE,
        /** A receipt file of the InBox was applied; it is moved aside next. */
        RECEIPT
    }

    public static JournalEntry pending(Instant at, String key, String number, String file, String digest, Certificate c) {
        return new JournalEntry(Kind.PENDING, at, key, number, file, digest, c, null);
    }

    public static JournalEntry done(Instant at, String key, String number, String file) {
        return new JournalEntry(Kind.DONE, at, key, number, file, null, null, null);
    }

    public static JournalEntry receipt(Instant at, String file, String digest, CustomsReceipt receipt) {
        return new JournalEntry(Kind.RECEIPT, at, null, receipt.certificateNumber(), file, digest, null, receipt);
    }
}
