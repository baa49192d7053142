package io.coo4j.client.exchange.internal;

import io.coo4j.client.CertificateStatus;
import io.coo4j.client.message.CustomsReceipt;
import io.coo4j.client.message.ReceiptStatus;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the journal says, in memory: the declaration of each idempotency key, and per certificate number its
 * latest declaration, its receipts in the order they were applied and the state they lead to. Rebuilt from the
 * journal on every start, so that it is never more than the journal knows. Not thread-safe.
 */
public final class Ledger {
    /**
     * A declaration of a key: its number, the message file, the digest of the certificate's canonical JSON, and the
     * certificate (to write the message again if a power cut lost it).
     */
    public record Declaration(String key, String number, String file, String digest, Certificate certificate,
                              boolean done) {
        Declaration finished() {
            return new Declaration(key, number, file, digest, certificate, true);
        }
    }

    private static final class Book {
        Certificate certificate;
        Instant createdAt;
        Instant updatedAt;
        Instant issuedAt;
        CertificateState state = CertificateState.DRAFT;
        List<Violation> reasons = List.of();
        final List<Receipt> receipts = new ArrayList<>();
    }

    private final Map<String, Declaration> byKey = new HashMap<>();
    private final Map<String, Book> byNumber = new HashMap<>();
    private final Set<String> receiptDigests = new HashSet<>();

    /** Takes one journal entry into account; entries must come in journal order. */
    public void apply(JournalEntry e) {
        switch (e.kind()) {
            case PENDING -> {
                byKey.put(e.key(), new Declaration(e.key(), e.number(), e.file(), e.digest(), e.certificate(), false));
                Book b = byNumber.computeIfAbsent(e.number(), n -> new Book());
                b.certificate = e.certificate();
                b.createdAt = b.createdAt == null ? e.at() : b.createdAt;
                b.updatedAt = e.at();
                b.state = CertificateState.DRAFT;
                b.reasons = List.of();
            }
            case DONE -> byKey.computeIfPresent(e.key(), (k, d) -> d.finished());
            case RECEIPT -> {
                receiptDigests.add(e.digest());
                receive(byNumber.computeIfAbsent(e.number(), n -> new Book()), e.receipt(), e.at());
            }
        }
    }

    public Optional<Declaration> declaration(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The declarations whose message may still be only under its temporary name. */
    public List<Declaration> unfinished() {
        return byKey.values().stream().filter(d -> !d.done()).toList();
    }

    /** Whether a receipt file with these bytes was applied already. */
    public boolean applied(String receiptDigest) {
        return receiptDigests.contains(receiptDigest);
    }

    /** Whether {@code number} has a declaration the customs have not returned (a new one would be a second). */
    public boolean active(String number) {
        Book b = byNumber.get(number);
        return b != null && b.certificate != null && b.state != CertificateState.RETURNED;
    }

    public boolean knows(String number) {
        return byNumber.containsKey(number);
    }

    public CertificateStatus status(String number) {
        Book b = byNumber.get(number);
        return new CertificateStatus(number, b.state, b.updatedAt, b.reasons);
    }

    public List<Receipt> receipts(String number) {
        return List.copyOf(byNumber.get(number).receipts);
    }

    public CertificateRecord record(String number) {
        Book b = byNumber.get(number);
        return new CertificateRecord(b.certificate, b.state, b.createdAt, b.issuedAt, b.receipts, List.of());
    }

    /**
     * Adds the receipt and moves the state, never backwards within a declaration: a 海关入库成功 that arrives after
     * the 审核通过 (the import client gives no order guarantee) is kept as a receipt but does not undo the approval.
     */
    private static void receive(Book b, CustomsReceipt r, Instant appliedAt) {
        Instant time = firstOf(r.generatedAt(), r.receivedAt(), r.sentAt(), appliedAt);
        Optional<CertificateState> next = r.status().certificateState();
        if (b.updatedAt == null) {
            b.updatedAt = time; // a number known from receipts alone: its state dates from the first of them
        }
        b.receipts.add(new Receipt(b.receipts.size() + 1, time, r.code() != null ? r.code() : r.type(),
                r.message() != null ? r.message() : r.note(),
                next.map(CertificateState::nameZh).orElse(r.status().nameZh())));
        if (next.isPresent() && rank(next.get()) >= rank(b.state)) {
            b.state = next.get();
            b.updatedAt = time;
            if (b.state == CertificateState.APPROVED) {
                b.issuedAt = time;
            }
            b.reasons = b.state == CertificateState.RETURNED ? List.of(reason(r)) : List.of();
        }
    }

    /** A return's reasons are the customs' free text: one violation carrying it, with the receipt's code. */
    private static Violation reason(CustomsReceipt r) {
        String text = r.message() != null ? r.message() : r.status().nameZh();
        return new Violation(r.code() != null ? r.code() : ReceiptStatus.RETURNED.name(), "", Severity.ERROR,
                SourceGrade.OFFICIAL, "the customs' receipt (回执)", text, text);
    }

    private static int rank(CertificateState s) {
        return switch (s) {
            case SENT -> 1;
            case RECEIVED -> 2;
            case APPROVED, RETURNED -> 3;
            default -> 0;
        };
    }

    private static Instant firstOf(Instant... times) {
        for (Instant t : times) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
