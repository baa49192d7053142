package io.coo4j.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.client.CertificateRejectedException;
import io.coo4j.client.CertificateStatus;
import io.coo4j.client.CooClientException;
import io.coo4j.client.RequestOptions;
import io.coo4j.client.Signatures;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.Receipt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The calls the sub-clients make, in the shapes of {@code docs/api.md}: reads, POSTs under an idempotency key, paged
 * lists, receipts, and polling until a condition holds; each call named by its operation ({@code certificates.declare})
 * and sent with the caller's options. Thread-safe.
 */
public final class Api {
    private static final CooJson JSON = CooJson.strict();
    /** The service's limit on an uploaded document (001 ch.4). */
    private static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024;

    private final HttpTransport transport;
    private final Duration pollInterval;
    /** The options of every call made through this instance (a view's, or none), under each call's own. */
    private final RequestOptions defaults;

    public Api(HttpTransport transport, Duration pollInterval, RequestOptions defaults) {
        this.transport = transport;
        this.pollInterval = pollInterval;
        this.defaults = defaults;
    }

    /** The same calls with {@code options} under every call's own. */
    public Api withDefaults(RequestOptions options) {
        return new Api(transport, pollInterval, defaults.with(options));
    }

    public static JavaType type(Class<?> raw) {
        return JSON.type(raw);
    }

    /**
     * The one place a call gets its idempotency key: a POST sends the caller's
     * ({@link RequestOptions#idempotencyKey()}) or a fresh random one, so that two calls never share one by accident;
     * other methods send none.
     */
    private ApiRequest request(String operation, String method, List<String> path, Map<String, String> query,
                               Object body, JavaType answer, RequestOptions options) {
        RequestOptions o = defaults.with(InvalidInputException.requireArgument(options, operation, "options"));
        String key = "POST".equals(method) ? o.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString()) : null;
        return new ApiRequest(operation, method, path, query, body == null ? null : JSON.writeBytes(body), key, answer,
                o);
    }

    private <T> T send(String operation, String method, Class<?> answer, Object body, RequestOptions options,
                       String... path) {
        return transport.call(request(operation, method, List.of(path), Map.of(), body,
                answer == null ? null : type(answer), options));
    }

    public <T> T get(String operation, Class<T> answer, String... path) {
        return send(operation, "GET", answer, null, RequestOptions.none(), path);
    }

    /** A GET with query parameters ({@code null} values are left out). */
    public <T> T get(String operation, Class<T> answer, Map<String, String> query, String... path) {
        return transport.call(request(operation, "GET", List.of(path), query, null, type(answer),
                RequestOptions.none()));
    }

    /** A file the service answers (not JSON), as its bytes. */
    public byte[] file(String operation, Map<String, String> query, String... path) {
        return get(operation, byte[].class, query, path);
    }

    /**
     * {@link #file} written to {@code out}, which stays open; {@code what} names the file in errors. {@code out} is
     * checked before the call, so that a missing stream costs no request.
     */
    public void file(String operation, String what, OutputStream out, Map<String, String> query, String... path) {
        required(what, "out", out);
        byte[] bytes = file(operation, query, path);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new CooClientException("cannot write the " + what + ": " + e.getMessage(), e, false);
        }
    }

    public <T> CompletableFuture<T> getAsync(String operation, Class<T> answer, Map<String, String> query,
                                             String... path) {
        return transport.callAsync(request(operation, "GET", List.of(path), query, null, type(answer),
                RequestOptions.none()));
    }

    public <T> CompletableFuture<T> getAsync(String operation, Class<T> answer, String... path) {
        return getAsync(operation, answer, Map.of(), path);
    }

    /** A POST under a fresh idempotency key (kept across retries). */
    public <T> T post(String operation, Class<T> answer, Object body, String... path) {
        return post(operation, answer, body, RequestOptions.none(), path);
    }

    /** A POST with the caller's options: under their idempotency key when they have one, else a fresh one. */
    public <T> T post(String operation, Class<T> answer, Object body, RequestOptions options, String... path) {
        return send(operation, "POST", answer, body, options, path);
    }

    public <T> CompletableFuture<T> postAsync(String operation, Class<T> answer, Object body, RequestOptions options,
                                              String... path) {
        return transport.callAsync(request(operation, "POST", List.of(path), Map.of(), body,
                answer == null ? null : type(answer), options));
    }

    /** A POST under a fresh idempotency key whose answer is {@code {"items": [...]}}. */
    public <T> List<T> postForItems(String operation, Class<T> item, Object body, String... path) {
        Page<T> page = transport.call(request(operation, "POST", List.of(path), Map.of(), body,
                JSON.type(Page.class, item), RequestOptions.none()));
        return page.items();
    }

    public <T> T put(String operation, Class<T> answer, Object body, String... path) {
        return send(operation, "PUT", answer, body, RequestOptions.none(), path);
    }

    public <T> T delete(String operation, Class<T> answer, String... path) {
        return send(operation, "DELETE", answer, null, RequestOptions.none(), path);
    }

    /** The items of a paged list, fetched page by page as the iterator is walked; each page is one call. */
    public <T> Iterator<T> pages(String operation, Class<T> item, Map<String, String> filters, int pageSize,
                                 String... path) {
        JavaType pageType = JSON.type(Page.class, item);
        List<String> segments = List.of(path);
        return new PageIterator<T>(token -> transport.call(request(operation, "GET", segments,
                HttpTransport.withPage(filters, token, pageSize), null, pageType, RequestOptions.none())));
    }

    /** Every item of a short list (every page), as a list. */
    public <T> List<T> all(String operation, Class<T> item, String... path) {
        return all(operation, item, Map.of(), path);
    }

    /** Every item of a short list matching {@code filters} (every page), as a list. */
    public <T> List<T> all(String operation, Class<T> item, Map<String, String> filters, String... path) {
        List<T> out = new ArrayList<>();
        pages(operation, item, filters, 0, path).forEachRemaining(out::add);
        return out;
    }

    /**
     * Every receipt under {@code path}, each sequence number once: the customs side may deliver a receipt twice, and
     * a caller acting on receipts must act once.
     */
    public List<Receipt> receipts(String operation, String... path) {
        List<Receipt> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        pages(operation, Receipt.class, Map.of(), 0, path).forEachRemaining(r -> {
            if (seen.add(r.seq())) {
                out.add(r);
            }
        });
        return out;
    }

    /**
     * {@code key} when it is a valid idempotency key — 1 to 64 printable ASCII characters without spaces — on either
     * channel (HTTP header, file exchange journal); else the client-side error naming {@code idempotencyKey} of
     * {@code what}.
     */
    public static String idempotencyKey(String what, String key) {
        if (!Signatures.isIdempotencyKey(key)) {
            throw new InvalidInputException(what, "idempotencyKey",
                    "1 to 64 printable ASCII characters without spaces");
        }
        return key;
    }

    /**
     * {@code value} when it is not blank; else the client-side error naming {@code field} of {@code what}, before
     * anything is sent.
     */
    public static String required(String what, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what, field, "required");
        }
        return value;
    }

    /** {@code value} when it is not {@code null}; else the client-side error naming {@code field} of {@code what}. */
    public static <T> T required(String what, String field, T value) {
        if (value == null) {
            throw new InvalidInputException(what, field, "required");
        }
        return value;
    }

    /**
     * The body of an upload of {@code what} (an attachment, 随附单据, or a verification document, 核查资料): kind, file
     * name and content (base64 in the JSON). The service judges the content (PDF only, ≤ 4 MB, each page ≤ 300 KB,
     * 001 ch.4), whatever the name says.
     */
    public static Map<String, Object> upload(String what, AttachmentKind kind, String fileName, byte[] content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", required(what, "kind", kind));
        body.put("fileName", required(what, "fileName", fileName));
        body.put("content", required(what, "content", content));
        return body;
    }

    /**
     * {@link #upload(String, AttachmentKind, String, byte[])} of a file, named by its file name. A file over the
     * service's 4 MB is refused once one byte more was read, whatever size it (a pipe, say) reports.
     */
    public static Map<String, Object> upload(String what, AttachmentKind kind, Path file) {
        required(what, "file", file);
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", BoundedInput.describe(e), e);
        }
        if (content.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException(what, "content", file.getFileName() + " has more than "
                    + MAX_UPLOAD_BYTES + " bytes; the service takes at most " + MAX_UPLOAD_BYTES + " (4 MB)");
        }
        return upload(what, kind, String.valueOf(file.getFileName()), content);
    }

    /** Reads until {@code done} holds, every poll interval, for at most {@code timeout}. */
    public <T> T poll(Supplier<T> read, Predicate<T> done, Duration timeout, String what) {
        return poll(read, done, pollInterval, timeout, what, last -> timedOut(what, timeout));
    }

    /**
     * Reads until {@code done} holds, every {@code interval}, for at most {@code timeout}; then {@code late} makes the
     * error from the last value read. The one polling loop of the client, for every channel.
     */
    public static <T> T poll(Supplier<T> read, Predicate<T> done, Duration interval, Duration timeout, String what,
                             Function<T, CooClientException> late) {
        long deadline = System.nanoTime() + timeout(timeout, what).toNanos();
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw late.apply(value);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CooClientException("interrupted while waiting for " + what, e, false);
            }
        }
    }

    /**
     * Waits for a certificate to reach {@code target}, reading {@code status} every {@code interval}: what
     * {@code CertificateChannel.awaitStatus} means for every channel. A return (退证) first is the customs' refusal with
     * its reasons; the timeout names the state the certificate is in, and {@code hint} what to check.
     */
    public static CertificateStatus awaitCertificate(String number, Supplier<CertificateStatus> status,
                                                     CertificateState target, Duration interval, Duration timeout,
                                                     String hint) {
        required("certificate", "target", target);
        String what = "certificate " + number + " to reach " + target;
        return reached(poll(status, settled(target), interval, timeout, what, last -> new CooClientException(
                "certificate " + number + " did not reach " + target + " within " + timeout.toMillis() + " ms (now "
                        + last.state() + ")" + hint, null, true)), target);
    }

    /** Done when the target is reached, or when a return (退证) means it will not be without a new declaration. */
    public static Predicate<CertificateStatus> settled(CertificateState target) {
        return s -> s.state() == target || s.state() == CertificateState.RETURNED;
    }

    /** {@code s} when it is {@code target}; a return is the customs' refusal, with their reasons. */
    public static CertificateStatus reached(CertificateStatus s, CertificateState target) {
        if (s.state() != target) {
            throw new CertificateRejectedException(s.number(), s.reasons(), "-");
        }
        return s;
    }

    /** This client's poll interval, for waits written with the static helpers. */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** {@link #poll} without blocking a thread between reads. */
    public <T> CompletableFuture<T> pollAsync(Supplier<CompletableFuture<T>> read, Predicate<T> done, Duration timeout,
                                              String what) {
        return pollAsync(read, done, System.nanoTime() + timeout(timeout, what).toNanos(), timeout, what);
    }

    /** A wait's {@code timeout}, checked before the first read. */
    private static Duration timeout(Duration timeout, String what) {
        return InvalidInputException.requireArgument(timeout, "waiting for " + what, "timeout");
    }

    private <T> CompletableFuture<T> pollAsync(Supplier<CompletableFuture<T>> read, Predicate<T> done, long deadline,
                                               Duration timeout, String what) {
        return read.get().thenCompose(value -> {
            if (done.test(value)) {
                return CompletableFuture.completedFuture(value);
            }
            if (System.nanoTime() - deadline >= 0) {
                return CompletableFuture.failedFuture(timedOut(what, timeout));
            }
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(pollInterval.toMillis(), TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> pollAsync(read, done, deadline, timeout, what));
        });
    }

    private static CooClientException timedOut(String what, Duration timeout) {
        return new CooClientException("gave up waiting for " + what + " after " + timeout.toMillis() + " ms", null, true);
    }
}
