package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.Masking;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Receipt;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Certificates of origin (原产地证书) at the service: save (暂存), declare (申报), derive (copy, convert, amend, reissue),
 * delete, archive, query, receipts (回执) and status (001 ch.4–5; {@code docs/api.md}). Every operation the lifecycle
 * table refuses comes back as a {@link ConflictException} naming the state and the operation. Obtained from
 * {@link CooClient#certificates()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Certificates implements CertificateChannel {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.client");
    private static final String ROOT = "certificates";

    private final Api api;

    Certificates(Api api) {
        this.api = api;
    }

    /** Saves a draft (暂存); the service issues the number when the certificate has none. */
    public CertificateRecord save(Certificate certificate) {
        return save(certificate, RequestOptions.none());
    }

    /** As {@link #save(Certificate)}, with the call's options (under the caller's idempotency key, say). */
    public CertificateRecord save(Certificate certificate, RequestOptions options) {
        return api.post("certificates.save", CertificateRecord.class, certificate(certificate, "Certificates.save"),
                options, ROOT);
    }

    /** {@link #save(Certificate)} without blocking a thread while the call travels. */
    public CompletableFuture<CertificateRecord> saveAsync(Certificate certificate) {
        return api.postAsync("certificates.save", CertificateRecord.class,
                certificate(certificate, "Certificates.saveAsync"), RequestOptions.none(), ROOT);
    }

    /** Saves changes to a draft or returned certificate, found by its number. */
    public CertificateRecord update(Certificate certificate) {
        return api.put("certificates.update", CertificateRecord.class, certificate, ROOT,
                number(certificate(certificate, "Certificates.update").number()));
    }

    /**
     * The certificate's record: the certificate, its state, times and receipts; a {@link NotFoundException} when
     * there is none by that number.
     */
    public CertificateRecord get(String number) {
        return api.get("certificates.get", CertificateRecord.class, ROOT, number(number));
    }

    /** {@link #get(String)} without blocking a thread while the call travels. */
    public CompletableFuture<CertificateRecord> getAsync(String number) {
        return api.getAsync("certificates.get", CertificateRecord.class, ROOT, number(number));
    }

    /** Deletes a draft or returned certificate, irreversibly; any other state is a {@link ConflictException}. */
    public void delete(String number) {
        api.delete("certificates.delete", null, ROOT, number(number));
    }

    /**
     * Saves and declares a certificate in one call, under a fresh idempotency key: however often the call is retried
     * on the way, the service creates one certificate. An RCEP back-to-back certificate needs the import certificate's
     * scan (001 §1.26), attached only to a saved one: {@link #save}, attach it as {@code ORIGINAL_PROOF}, then
     * {@link #declare(String)}; this call is a {@link ConflictException} for it.
     */
    public CertificateRecord declare(Certificate certificate) {
        return declare(certificate, RequestOptions.none());
    }

    /**
     * As {@link #declare(Certificate)}, under the caller's key: an ERP that stores the key with its document (its own
     * document id, say) may repeat the call after a restart and still get one certificate. The same as
     * {@link #declare(Certificate, RequestOptions)} with only the key set.
     */
    @Override
    public CertificateRecord declare(Certificate certificate, String idempotencyKey) {
        return declare(certificate, RequestOptions.builder().idempotencyKey(idempotencyKey).build());
    }

    /**
     * As {@link #declare(Certificate)}, with the call's options: under the caller's idempotency key when they have one
     * (see {@link #declare(Certificate, String)}), else a fresh one.
     */
    public CertificateRecord declare(Certificate certificate, RequestOptions options) {
        logDeclaration(certificate(certificate, "Certificates.declare"));
        return api.post("certificates.declare", CertificateRecord.class, certificate, options, "declarations");
    }

    /** {@link #declare(Certificate)} without blocking a thread while the call travels. */
    public CompletableFuture<CertificateRecord> declareAsync(Certificate certificate) {
        return declareAsync(certificate, RequestOptions.none());
    }

    /** {@link #declare(Certificate, RequestOptions)} without blocking a thread while the call travels. */
    public CompletableFuture<CertificateRecord> declareAsync(Certificate certificate, RequestOptions options) {
        logDeclaration(certificate(certificate, "Certificates.declareAsync"));
        return api.postAsync("certificates.declare", CertificateRecord.class, certificate, options, "declarations");
    }

    /**
     * Declares a saved draft or returned certificate; an RCEP back-to-back one without an {@code ORIGINAL_PROOF}
     * attachment (the import certificate's scan, 001 §1.26) is a {@link ConflictException}.
     */
    public CertificateRecord declare(String number) {
        return declare(number, RequestOptions.none());
    }

    /** As {@link #declare(String)}, with the call's options (under the caller's idempotency key, say). */
    public CertificateRecord declare(String number, RequestOptions options) {
        return api.post("certificates.declareSaved", CertificateRecord.class, null, options, ROOT, number(number),
                "declare");
    }

    /** 批量申报: declares two or more saved certificates at once. */
    public List<CertificateRecord> batchDeclare(List<String> numbers) {
        InvalidInputException.requireList(numbers, "Certificates.batchDeclare", "numbers");
        if (numbers.size() < 2) {
            throw new InvalidInputException("batch declaration", "numbers",
                    "needs two or more certificates, got " + numbers.size());
        }
        return api.post("certificates.batchDeclare", RecordList.class, Map.of("numbers", numbers), ROOT,
                "batch-declare")
                .items();
    }

    /** 复制: a new draft with the same content and a new number. */
    public CertificateRecord copy(String number) {
        return derive(number, "copy", "copy", null);
    }

    /** 单证转换: a new draft of {@code newType} with a new number, linked to the original. */
    public CertificateRecord convert(String number, String newType) {
        return derive(number, "convert", "convert", Map.of("type",
                InvalidInputException.requireArgument(newType, "Certificates.convert", "newType")));
    }

    /** 更改证 of an approved certificate: a new draft linked to it. */
    public CertificateRecord amend(String number, Amendment amendment) {
        return derive(number, "amend", "amend", amendment(amendment, "Certificates.amend"));
    }

    /** 重发证 of an approved certificate. */
    public CertificateRecord reissue(String number, Amendment amendment) {
        return derive(number, "reissue", "reissue", amendment(amendment, "Certificates.reissue"));
    }

    /** 更改重发证 of an approved certificate. */
    public CertificateRecord amendAndReissue(String number, Amendment amendment) {
        return derive(number, "amendAndReissue", "amend-reissue",
                amendment(amendment, "Certificates.amendAndReissue"));
    }

    /**
     * 存档: hides an approved certificate whose original was self-printed from the default list (001 ch.5); any other
     * is a {@link ConflictException} whose state is {@code ORIGINAL_NOT_SELF_PRINTED}.
     */
    public CertificateRecord archive(String number) {
        return derive(number, "archive", "archive", null);
    }

    /** 作废: voids an approved certificate; only CCPIT (贸促会) voids, so a customs certificate is a {@link ConflictException}. */
    public CertificateRecord voidCertificate(String number) {
        return derive(number, "void", "void", null);
    }

    /**
     * The certificate list (Excel export, 001 ch.5) of the certificates created from {@code from} to {@code to} (China
     * days, both included; at most one month apart; {@code null}: the last month up to {@code to} or today), as the
     * bytes of an {@code .xlsx} workbook.
     */
    public byte[] export(@Nullable LocalDate from, @Nullable LocalDate to) {
        return api.file("certificates.export", exportRange(from, to), ROOT, "export");
    }

    /** {@link #export(LocalDate, LocalDate)} written to {@code out}, which stays open. */
    public void export(@Nullable LocalDate from, @Nullable LocalDate to, OutputStream out) {
        api.file("certificates.export", "certificate list", out, exportRange(from, to), ROOT, "export");
    }

    private static Map<String, String> exportRange(@Nullable LocalDate from, @Nullable LocalDate to) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from == null ? null : from.toString());
        query.put("to", to == null ? null : to.toString());
        return query;
    }

    /** The certificates matching {@code query}, fetched page by page while the iteration goes on. */
    public Iterable<CertificateRecord> list(CertificateQuery query) {
        Map<String, String> filters = Api.required("certificate query", "query", query).parameters();
        return () -> api.pages("certificates.list", CertificateRecord.class, filters, query.pageSize(), ROOT);
    }

    /** The receipts in order, each sequence number once even when the service delivered it twice. */
    @Override
    public List<Receipt> receipts(String number) {
        return api.receipts("certificates.receipts", ROOT, number(number), "receipts");
    }

    @Override
    public CertificateStatus status(String number) {
        return api.get("certificates.status", CertificateStatus.class, ROOT, number(number), "status");
    }

    /** {@link #status(String)} without blocking a thread while the call travels. */
    public CompletableFuture<CertificateStatus> statusAsync(String number) {
        return api.getAsync("certificates.status", CertificateStatus.class, ROOT, number(number), "status");
    }

    /**
     * Polls the status until the certificate is in {@code target}, then returns its record.
     *
     * @throws CertificateRejectedException with the customs' reasons when it was returned (退证) instead
     * @throws CooClientException           when {@code timeout} passes first (retryable: wait longer)
     */
    @Override
    public CertificateRecord awaitStatus(String number, CertificateState target, Duration timeout) {
        return get(Api.awaitCertificate(number, () -> status(number), target, api.pollInterval(), timeout, "").number());
    }

    /**
     * {@link #awaitStatus} without blocking a thread between polls; the future fails as that method throws (a
     * {@link CertificateRejectedException} for a return, a {@link CooClientException} on timeout).
     */
    public CompletableFuture<CertificateRecord> awaitStatusAsync(String number, CertificateState target, Duration timeout) {
        Api.required("certificate", "target", target);
        return api.pollAsync(() -> statusAsync(number), Api.settled(target), timeout, "certificate " + number + " to reach "
                + target).thenCompose(s -> getAsync(Api.reached(s, target).number()));
    }

    /** {@code operation} names the call ({@code certificates.operation}), {@code segment} its path. */
    private CertificateRecord derive(String number, String operation, String segment, Object body) {
        return api.post("certificates." + operation, CertificateRecord.class, body, ROOT, number(number), segment);
    }

    /** Who declared, for the log: the declarant's ID number and phone masked, so that the log holds no personal data. */
    private static void logDeclaration(Certificate c) {
        if (LOG.isInfoEnabled()) {
            var d = c.declarant();
            LOG.info("declaring {} certificate {} for declarant {} (ID {}, phone {})", c.type(),
                    c.number() == null ? "(number to be issued)" : c.number(),
                    d == null ? "-" : Masking.mask(d.name()), d == null ? "-" : Masking.mask(d.idNumber()),
                    d == null ? "-" : Masking.mask(d.phone()));
        }
    }

    private static String number(String number) {
        return Api.required("certificate", "number", number);
    }

    /** {@code certificate}, or the error naming {@code call} and its argument when it is null. */
    private static Certificate certificate(Certificate certificate, String call) {
        return InvalidInputException.requireArgument(certificate, call, "certificate");
    }

    private static Amendment amendment(Amendment amendment, String call) {
        return InvalidInputException.requireArgument(amendment, call, "amendment");
    }

    /** The answer of a batch declaration. */
    record RecordList(List<CertificateRecord> items) {
        RecordList {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
