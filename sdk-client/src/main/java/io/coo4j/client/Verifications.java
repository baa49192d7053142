package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.VerificationState;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.VerificationRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Verification interaction (核查互动, 001 ch.7; 004): the records the customs opens to verify a certificate. While a
 * record is 待核查 or 退回核查 the enterprise processes it — uploads documents of every ticked kind, maintains the
 * product cost details (the six constraints of a pre-review; a failing one is an {@link InvalidRequestException}
 * naming its path) — and submits it; once the customs has received it, it is 核查中. What the lifecycle refuses is a
 * {@link ConflictException}. Obtained from {@link CooClient#verifications()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Verifications {
    private static final String ROOT = "verifications";
    private static final String DOCUMENT = "verification document";

    private final Api api;

    Verifications(Api api) {
        this.api = api;
    }

    /** The verification record (核查记录单) {@code number}; a {@link NotFoundException} when there is none. */
    public VerificationRecord get(String number) {
        return api.get("verifications.get", VerificationRecord.class, ROOT, number(number));
    }

    /** {@link #get(String)} without blocking a thread while the call travels. */
    public CompletableFuture<VerificationRecord> getAsync(String number) {
        return api.getAsync("verifications.get", VerificationRecord.class, ROOT, number(number));
    }

    /** The records in {@code state} ({@code null}: all), fetched page by page while the iteration goes on. */
    public Iterable<VerificationRecord> list(@Nullable VerificationState state) {
        VerificationQuery.Builder query = VerificationQuery.builder();
        return list(state == null ? query.anyState().build() : query.states(state).build());
    }

    /** The records matching {@code query} (by default 待核查 and 退回核查), fetched page by page. */
    public Iterable<VerificationRecord> list(VerificationQuery query) {
        Map<String, String> filters = Api.required("verification query", "query", query).parameters();
        return () -> api.pages("verifications.list", VerificationRecord.class, filters, query.pageSize(), ROOT);
    }

    /** Uploads a document of a kind the record asks for (several per kind allowed). */
    public Attachment uploadDocument(String number, AttachmentKind kind, String fileName, byte[] content) {
        return api.post("verifications.uploadDocument", Attachment.class, Api.upload(DOCUMENT, kind, fileName,
                content), ROOT, number(number), "documents");
    }

    /** Uploads a PDF file under its own name, as {@link #uploadDocument(String, AttachmentKind, String, byte[])}. */
    public Attachment uploadDocument(String number, AttachmentKind kind, Path file) {
        return api.post("verifications.uploadDocument", Attachment.class, Api.upload(DOCUMENT, kind, file), ROOT,
                number(number), "documents");
    }

    /** Deletes an uploaded document while the record is processed (待核查 or 退回核查); later a {@link ConflictException}. */
    public void deleteDocument(String number, String documentId) {
        api.delete("verifications.deleteDocument", null, ROOT, number(number), "documents",
                Api.required(DOCUMENT, "documentId", documentId));
    }

    /** 维护产品成本明细: replaces the record's product cost details. */
    public VerificationRecord saveProductCosts(String number, List<ProductPreReview> products) {
        return api.put("verifications.saveProductCosts", VerificationRecord.class, Map.of("products",
                InvalidInputException.requireList(products, "Verifications.saveProductCosts", "products")), ROOT,
                number(number), "product-costs");
    }

    /** 提交: every ticked kind of document must have been uploaded. */
    public VerificationRecord submit(String number) {
        return submit(number, RequestOptions.none());
    }

    /** As {@link #submit(String)}, with the call's options (under the caller's idempotency key, say). */
    public VerificationRecord submit(String number, RequestOptions options) {
        return api.post("verifications.submit", VerificationRecord.class, null, options, ROOT, number(number),
                "submit");
    }

    /** The record's receipts (回执) in order, each sequence number once. */
    public List<Receipt> receipts(String number) {
        return api.receipts("verifications.receipts", ROOT, number(number), "receipts");
    }

    /**
     * Polls until the record is in {@code target}, e.g. 核查中 after a submission.
     *
     * @throws StateNotReachableException when the record is completed (核查完成) first: it will not change again
     */
    public VerificationRecord awaitState(String number, VerificationState target, Duration timeout) {
        Api.required("verification", "target", target);
        return reached(api.poll(() -> get(number), settled(target), timeout, describe(number, target)), target);
    }

    /** {@link #awaitState} without blocking a thread between polls. */
    public CompletableFuture<VerificationRecord> awaitStateAsync(String number, VerificationState target,
                                                                 Duration timeout) {
        Api.required("verification", "target", target);
        return api.pollAsync(() -> getAsync(number), settled(target), timeout, describe(number, target))
                .thenApply(r -> reached(r, target));
    }

    /** Done at the target, or at 核查完成, the one state no verification leaves. */
    private static Predicate<VerificationRecord> settled(VerificationState target) {
        return r -> r.state() == target || r.state() == VerificationState.COMPLETED;
    }

    private static VerificationRecord reached(VerificationRecord r, VerificationState target) {
        if (r.state() != target) {
            throw new StateNotReachableException("verification " + r.number(), r.state().name(), target.name(), "-");
        }
        return r;
    }

    private static String describe(String number, VerificationState target) {
        return "verification " + number + " to be " + target;
    }

    private static String number(String n) {
        return Api.required("verification", "number", n);
    }
}
