package io.coo4j.client.internal;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClientException;
import io.coo4j.client.CooServiceException;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.RateLimitedException;
import io.coo4j.client.RetryPolicy;
import io.coo4j.client.ServiceUnavailableException;
import io.coo4j.client.Signatures;
import io.coo4j.client.UnauthorizedException;
import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s with OkHttp: credentials on every attempt, answers read strictly into the model, error
 * answers turned into the typed exceptions, and retries with exponential backoff and full jitter (honouring
 * {@code Retry-After}) for network faults, 429 and 5xx — safe for every call because reads, PUT and DELETE are
 * idempotent and every POST carries its idempotency key unchanged across attempts. The synchronous and the
 * asynchronous path share every decision; only waiting differs. Logs name the call and the request id, never a
 * header or a body, so no token, signature or personal data reaches a log. Thread-safe.
 */
public final class HttpTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.client");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final Credentials credentials;
    private final RetryPolicy retry;

    public HttpTransport(OkHttpClient http, HttpUrl base, Credentials credentials, RetryPolicy retry) {
        this.http = http;
        this.base = base;
        this.credentials = credentials;
        this.retry = retry;
    }

    /** Sends the call, retrying as the policy allows, and returns the answer ({@code null} when none is expected). */
    public <T> T call(ApiRequest request) {
        for (int attempt = 1; ; attempt++) {
            CooException failure;
            try (Response response = http.newCall(build(request, attempt)).execute()) {
                return interpret(request, response);
            } catch (IOException e) {
                failure = networkFailure(request, e);
            } catch (CooException e) {
                failure = e;
            }
            Duration wait = retryWait(request, failure, attempt);
            if (wait == null) {
                throw failure;
            }
            sleep(wait, failure);
        }
    }

    /** The same as {@link #call}, without blocking a thread while waiting for the answer or a retry. */
    public <T> CompletableFuture<T> callAsync(ApiRequest request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attemptAsync(request, 1, result);
        return result;
    }

    private <T> void attemptAsync(ApiRequest request, int attempt, CompletableFuture<T> result) {
        Call call = http.newCall(build(request, attempt));
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                retryOrFail(networkFailure(request, e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    result.complete(interpret(request, response));
                } catch (CooException e) {
                    retryOrFail(e);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }

            private void retryOrFail(CooException failure) {
                Duration wait = retryWait(request, failure, attempt);
                if (wait == null) {
                    result.completeExceptionally(failure);
                } else {
                    CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS)
                            .execute(() -> attemptAsync(request, attempt + 1, result));
                }
            }
        });
    }

    private Request build(ApiRequest r, int attempt) {
        HttpUrl.Builder url = base.newBuilder();
        r.path().forEach(url::addPathSegment);
        r.query().forEach((k, v) -> {
            if (v != null) {
                url.addQueryParameter(k, v);
            }
        });
        HttpUrl u = url.build();
        Request.Builder b = new Request.Builder().url(u).header("Accept", wantsFile(r) ? "*/*" : "application/json");
        byte[] body = r.body();
        if (body != null || "POST".equals(r.method()) || "PUT".equals(r.method())) {
            b.method(r.method(), RequestBody.create(body == null ? new byte[0] : body, JSON));
        } else {
            b.method(r.method(), null);
        }
        if (r.idempotencyKey() != null) {
            b.header(Signatures.IDEMPOTENCY_HEADER, r.idempotencyKey());
        }
        String pathAndQuery = u.encodedPath() + (u.encodedQuery() == null ? "" : "?" + u.encodedQuery());
        credentials.apply(b, r.method(), pathAndQuery, body);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} attempt {}{}", r.describe(), attempt,
                    r.idempotencyKey() == null ? "" : " idempotency key " + r.idempotencyKey());
        }
        return b.build();
    }

    private <T> T interpret(ApiRequest r, Response response) {
        String requestId = response.header("X-Request-Id", "-");
        int status = response.code();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} answered {} in {} ms, request {}", r.describe(), status,
                    response.receivedResponseAtMillis() - response.sentRequestAtMillis(), requestId);
        }
        ResponseBody body = response.body();
        if (status >= 200 && status < 300) {
            if (r.answer() == null || status == 204) {
                return null;
            }
            if (wantsFile(r)) {
                try {
                    @SuppressWarnings("unchecked") // the request asked for the file's bytes
                    T bytes = (T) body.bytes();
                    return bytes;
                } catch (IOException e) {
                    throw networkFailure(r, e);
                }
            }
            try (InputStream in = body.byteStream()) {
                return CooJson.strict().read(in, r.answer(), "answer to " + r.describe());
            } catch (IOException e) {
                throw networkFailure(r, e);
            }
        }
        byte[] bytes;
        try {
            bytes = body.byteStream().readNBytes(64 * 1024);
        } catch (IOException e) {
            throw networkFailure(r, e);
        }
        throw error(status, ErrorBody.parse(bytes, status), requestId, response.header("Retry-After"));
    }

    /** Whether the call asks for a file (its bytes as sent) rather than a JSON document. */
    private static boolean wantsFile(ApiRequest r) {
        return r.answer() != null && r.answer().getRawClass() == byte[].class;
    }

    private static CooServiceException error(int status, ErrorBody e, String requestId, String retryAfter) {
        String message = e.message();
        return switch (status) {
            case 400 -> new InvalidRequestException(status, e.code(), message, requestId, e.field());
            case 401, 403 -> new UnauthorizedException(status, e.code(), message, requestId);
            case 404 -> new NotFoundException(status, e.code(), message, requestId);
            case 409, 422 -> new ConflictException(status, e.code(), message, requestId, e.state(), e.operation());
            case 429 -> new RateLimitedException(status, e.code(), message, requestId, retryAfter(retryAfter));
            default -> status >= 500
                    ? new ServiceUnavailableException(status, e.code(), message, requestId)
                    : new CooServiceException(status, e.code(), message, requestId);
        };
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ZERO; // an HTTP date or garbage: fall back to our own backoff
        }
    }

    private static CooClientException networkFailure(ApiRequest r, IOException e) {
        return new CooClientException(r.describe() + " failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e, true);
    }

    /** How long to wait before the next attempt, or {@code null} when the failure goes to the caller. */
    private Duration retryWait(ApiRequest r, CooException failure, int attempt) {
        boolean transientFailure = failure instanceof CooClientException
                ? failure.retryable()
                : failure instanceof CooServiceException s && retryableStatus(s.httpStatus());
        if (!transientFailure || attempt >= retry.maxAttempts()) {
            return null;
        }
        long cap = retry.backoffCap(attempt).toNanos();
        Duration wait = Duration.ofNanos(cap == 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
        if (failure instanceof RateLimitedException limited && limited.retryAfter().compareTo(wait) > 0) {
            wait = limited.retryAfter();
        }
        LOG.warn("{} attempt {} of {} failed ({}); retrying in {} ms", r.describe(), attempt, retry.maxAttempts(),
                failure instanceof CooServiceException s ? s.errorCode() + ", request " + s.requestId()
                        : failure.getCause().getClass().getSimpleName(), wait.toMillis());
        return wait;
    }

    private static boolean retryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static void sleep(Duration wait, CooException failure) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** The query map of a page request: the page token and size, when set, after the filters. */
    public static Map<String, String> withPage(Map<String, String> filters, String pageToken, int pageSize) {
        java.util.LinkedHashMap<String, String> q = new java.util.LinkedHashMap<>(filters);
        q.put("pageToken", pageToken);
        q.put("pageSize", pageSize > 0 ? Integer.toString(pageSize) : null);
        return q;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
