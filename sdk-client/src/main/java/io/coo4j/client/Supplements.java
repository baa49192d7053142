package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.SupplementState;
import io.coo4j.core.model.DeclarationNumberSupplement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Export declaration number supplements (报关单补录, 001 ch.9) of approved certificates, the customs' or CCPIT's: the
 * goods were actually exported under one or more customs declaration numbers (18 digits each), or were not. A
 * supplement is a draft, then submitted, then 海关接收成功; an accepted one may be deleted and redone, and a
 * certificate may be supplemented again (二次补录). Supplements of a certificate are numbered 1, 2, … in the order
 * made. What {@code SupplementLifecycle} refuses is a {@link ConflictException}. Obtained from
 * {@link CooClient#supplements()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Supplements {
    private static final String ROOT = "certificates";
    private static final String SUPPLEMENTS = "supplements";

    private final Api api;

    Supplements(Api api) {
        this.api = api;
    }

    /**
     * 补录: a new draft saying the goods were exported under {@code declarationNumbers}, or, when the list is empty,
     * that they were not.
     */
    public DeclarationNumberSupplement add(String certificateNumber, List<String> declarationNumbers) {
        return api.post("supplements.add", DeclarationNumberSupplement.class, body(declarationNumbers), ROOT,
                number(certificateNumber), SUPPLEMENTS);
    }

    /** Edits the draft supplement {@code seq}. */
    public DeclarationNumberSupplement edit(String certificateNumber, int seq, List<String> declarationNumbers) {
        return api.put("supplements.edit", DeclarationNumberSupplement.class, body(declarationNumbers), ROOT,
                number(certificateNumber), SUPPLEMENTS, Integer.toString(seq));
    }

    /** 提交. */
    public DeclarationNumberSupplement submit(String certificateNumber, int seq) {
        return submit(certificateNumber, seq, RequestOptions.none());
    }

    /** As {@link #submit(String, int)}, with the call's options (under the caller's idempotency key, say). */
    public DeclarationNumberSupplement submit(String certificateNumber, int seq, RequestOptions options) {
        return operate(certificateNumber, seq, "submit", options);
    }

    /** 删除 the result of an accepted supplement. */
    public DeclarationNumberSupplement delete(String certificateNumber, int seq) {
        return api.delete("supplements.delete", DeclarationNumberSupplement.class, ROOT, number(certificateNumber),
                SUPPLEMENTS, Integer.toString(seq));
    }

    /** 重新补录 a deleted supplement: a draft again. */
    public DeclarationNumberSupplement redo(String certificateNumber, int seq) {
        return operate(certificateNumber, seq, "redo", RequestOptions.none());
    }

    /** Supplement {@code seq} (from 1) of the certificate; a {@link NotFoundException} when there is none. */
    public DeclarationNumberSupplement get(String certificateNumber, int seq) {
        return api.get("supplements.get", DeclarationNumberSupplement.class, ROOT, number(certificateNumber),
                SUPPLEMENTS, Integer.toString(seq));
    }

    /** The certificate's supplements in the order made (the first is {@code seq} 1). */
    public List<DeclarationNumberSupplement> list(String certificateNumber) {
        return api.all("supplements.list", DeclarationNumberSupplement.class, ROOT, number(certificateNumber),
                SUPPLEMENTS);
    }

    /**
     * 补录信息查询: the supplements of every certificate matching {@code query}, in the order made, fetched page by page
     * while the iteration goes on. The listener sees the call as {@code supplements.listQuery}: another call than
     * {@link #list(String)}'s {@code supplements.list}, so each keeps its own name.
     */
    public Iterable<DeclarationNumberSupplement> list(SupplementQuery query) {
        Map<String, String> filters = Api.required("supplement query", "query", query).parameters();
        return () -> api.pages("supplements.listQuery", DeclarationNumberSupplement.class, filters, query.pageSize(),
                SUPPLEMENTS);
    }

    /**
     * Polls until the submitted supplement is received (海关接收成功).
     *
     * @throws StateNotReachableException when it is deleted instead: only a redo by the caller would lead on
     */
    public DeclarationNumberSupplement awaitAccepted(String certificateNumber, int seq, Duration timeout) {
        DeclarationNumberSupplement s = api.poll(() -> get(certificateNumber, seq),
                r -> r.state() == SupplementState.ACCEPTED || r.state() == SupplementState.DELETED, timeout,
                "supplement " + seq + " of " + certificateNumber + " to be accepted");
        if (s.state() != SupplementState.ACCEPTED) {
            throw new StateNotReachableException("supplement " + seq + " of " + certificateNumber, s.state().name(),
                    SupplementState.ACCEPTED.name(), "-");
        }
        return s;
    }

    /** {@code operation} names the call ({@code supplements.operation}) and its path's last segment. */
    private DeclarationNumberSupplement operate(String certificateNumber, int seq, String operation,
                                                RequestOptions options) {
        return api.post("supplements." + operation, DeclarationNumberSupplement.class, null, options, ROOT,
                number(certificateNumber), SUPPLEMENTS, Integer.toString(seq), operation);
    }

    private static Map<String, Object> body(List<String> declarationNumbers) {
        List<String> numbers = InvalidInputException.requireList(declarationNumbers, "supplement",
                "declarationNumbers");
        return Map.of("actuallyExported", !numbers.isEmpty(), "declarationNumbers", numbers);
    }

    private static String number(String n) {
        return Api.required("supplement", "certificateNumber", n);
    }
}
