package io.coo4j.client.internal;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClientException;
import io.coo4j.client.CooClientListener;
import io.coo4j.client.CooServiceException;
import io.coo4j.client.CooTimeoutException;
import io.coo4j.client.CooTransportException;
import io.coo4j.client.ForbiddenException;
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
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownServiceException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
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
 * idempotent and every POST carries its idempotency key unchanged across attempts. A 401 is tried once more when the
 * token supplier has a new token. Listeners hear every call, retry and end. The synchronous and the asynchronous path
 * share every decision; only waiting differs. Logs name the call and the request id, never a header or a body, so no
 * token, signature or personal data reaches a log. Thread-safe.
 */
public final class HttpTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.client");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final Credentials credentials;
    private final RetryPolicy retry;
    private final String userAgent;
    private final List<CooClientListener.Factory> listeners;
    private final Runnable release;

    /**
     * @param listeners the factories of every call's listeners, in order
     * @param release   frees what the client made for itself (its dispatcher, its pool), never what the caller lent
     */
    public HttpTransport(OkHttpClient http, HttpUrl base, Credentials credentials, RetryPolicy retry, String userAgent,
                         List<CooClientListener.Factory> listeners, Runnable release) {
        this.http = http;
        this.base = base;
        this.credentials = credentials;
        this.retry = retry;
        this.userAgent = userAgent;
        this.listeners = List.copyOf(listeners);
        this.release = release;
    }

    /** Sends the call, retrying as the policy allows, and returns the answer ({@code null} when none is expected). */
    public <T> T call(ApiRequest request) {
        Exchange x = new Exchange(request);
        while (true) {
            CooException failure;
            try (Response response = client(request).newCall(x.next()).execute()) {
                T answer = interpret(request, response);
                x.events.end(response.code());
                return answer;
            } catch (IOException e) {
                failure = networkFailure(request, e);
            } catch (CooException e) {
                failure = e;
            } catch (RuntimeException e) {
                x.events.failed(e);
                throw e;
            }
            Duration wait = x.retryAfter(failure);
            if (wait == null) {
                throw failure;
            }
            sleep(wait, failure, x);
        }
    }

    /** The same as {@link #call}, without blocking a thread while waiting for the answer or a retry. */
    public <T> CompletableFuture<T> callAsync(ApiRequest request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attemptAsync(new Exchange(request), result);
        return result;
    }

    private <T> void attemptAsync(Exchange x, CompletableFuture<T> result) {
        Call call;
        try {
            call = client(x.request).newCall(x.next());
        } catch (CooException e) { // the token supplier failed
            retryOrFail(x, e, result);
            return;
        }
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                retryOrFail(x, networkFailure(x.request, e), result);
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    T answer = interpret(x.request, response);
                    x.events.end(response.code());
                    result.complete(answer);
                } catch (CooException e) {
                    retryOrFail(x, e, result);
                } catch (RuntimeException e) {
                    x.events.failed(e);
                    result.completeExceptionally(e);
                }
            }
        });
    }

    private <T> void retryOrFail(Exchange x, CooException failure, CompletableFuture<T> result) {
        Duration wait = x.retryAfter(failure);
        if (wait == null) {
            result.completeExceptionally(failure);
        } else {
            CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS).execute(() -> attemptAsync(x,
                    result));
        }
    }

    /** The client of one call: the shared one, or one with the call's own timeout over the same pool and threads. */
    private OkHttpClient client(ApiRequest r) {
        Duration timeout = r.options().timeout().orElse(null);
        if (timeout == null) {
            return http;
        }
        long ms = timeout.toMillis();
        OkHttpClient.Builder b = http.newBuilder().callTimeout(timeout);
        // A zero read or write timeout is OkHttp's "none": keep it, the call timeout bounds the attempt anyway.
        if (http.readTimeoutMillis() != 0 && http.readTimeoutMillis() < ms) {
            b.readTimeout(timeout);
        }
        if (http.writeTimeoutMillis() != 0 && http.writeTimeoutMillis() < ms) {
            b.writeTimeout(timeout);
        }
        return b.build();
    }

    private <T> T interpret(ApiRequest r, Response response) {
        String requestId = response.header("X-Request-Id", "-");
        int status = response.code();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} answered {} in {} ms, request {}", r.operation(), r.describe(), status,
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
            case 401 -> new UnauthorizedException(status, e.code(), message, requestId);
            case 403 -> new ForbiddenException(status, e.code(), message, requestId);
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

    /** A timeout, or another fault on the way: retryable unless repeating the same connection cannot help. */
    private static CooClientException networkFailure(ApiRequest r, IOException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        if (timedOut(e)) {
            return new CooTimeoutException(r.describe() + " timed out: " + what, e);
        }
        return new CooTransportException(r.describe() + " failed: " + what, e, !permanent(e));
    }

    /** OkHttp's call timeout is {@code InterruptedIOException("timeout")}; connect, read, write ones socket timeouts. */
    private static boolean timedOut(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException
                    || t instanceof InterruptedIOException && "timeout".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** A server certificate not trusted or not naming the host, or a connection the client may not make. */
    private static boolean permanent(IOException e) {
        if (e instanceof SSLPeerUnverifiedException || e instanceof UnknownServiceException) {
            return true;
        }
        if (e instanceof SSLHandshakeException) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof CertificateException) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A failure in a log line: the error code and request id, or the kind of network fault; never a header. */
    private static String reason(CooException failure) {
        if (failure instanceof CooServiceException s) {
            return s.errorCode() + ", request " + s.requestId();
        }
        return failure.getCause() == null ? failure.getMessage() : failure.getCause().getClass().getSimpleName();
    }

    private static boolean retryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static void sleep(Duration wait, CooException failure, Exchange x) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            x.events.failed(failure);
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
        release.run();
    }

    /**
     * One call across its attempts: which attempt is next, the token it sends, whether the token was renewed after a
     * 401, and its listeners. Used by one attempt at a time, so needs no locking.
     */
    private final class Exchange {
        final ApiRequest request;
        final CallEvents events;
        int attempt;
        /** The token of the last attempt ({@code null} when signing), and one a 401 made us ask for, not yet sent. */
        String token;
        String renewedToken;
        /** Attempts spent on a renewed token, which the retry policy does not count. */
        int renewals;

        Exchange(ApiRequest request) {
            this.request = request;
            this.events = CallEvents.start(request.info(), listeners);
        }

        /** The next attempt's request, authenticated. */
        Request next() {
            attempt++;
            token = renewedToken != null ? renewedToken : credentials.token();
            renewedToken = null;
            HttpUrl.Builder url = base.newBuilder();
            request.path().forEach(url::addPathSegment);
            request.query().forEach((k, v) -> {
                if (v != null) {
                    url.addQueryParameter(k, v);
                }
            });
            HttpUrl u = url.build();
            Request.Builder b = new Request.Builder().url(u).header("User-Agent", userAgent)
                    .header("Accept", wantsFile(request) ? "*/*" : "application/json");
            request.options().headers().forEach(b::header);
            byte[] body = request.body();
            String method = request.method();
            if (body != null || "POST".equals(method) || "PUT".equals(method)) {
                b.method(method, RequestBody.create(body == null ? new byte[0] : body, JSON));
            } else {
                b.method(method, null);
            }
            if (request.idempotencyKey() != null) {
                b.header(Signatures.IDEMPOTENCY_HEADER, request.idempotencyKey());
            }
            String pathAndQuery = u.encodedPath() + (u.encodedQuery() == null ? "" : "?" + u.encodedQuery());
            credentials.apply(b, token, method, pathAndQuery, body);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {}{}", request.operation(), request.describe(), attempt,
                        request.idempotencyKey() == null ? "" : " idempotency key " + request.idempotencyKey());
            }
            return b.build();
        }

        /**
         * How long to wait before the next attempt after {@code failure}, told to the listeners; or {@code null} when
         * the failure goes to the caller, which they are told too.
         */
        Duration retryAfter(CooException failure) {
            Duration wait = renewal(failure) ? Duration.ZERO : backoff(failure);
            if (wait == null) {
                events.failed(failure);
                return null;
            }
            LOG.debug("{} {} attempt {} of {} failed ({}); retrying in {} ms", request.operation(), request.describe(),
                    attempt, retry.maxAttempts() + renewals, reason(failure), wait.toMillis());
            events.retry(attempt, wait, failure);
            return wait;
        }

        /** Whether a 401 is worth one more attempt: the supplier has a token other than the one refused. */
        private boolean renewal(CooException failure) {
            boolean refused = failure instanceof UnauthorizedException u && u.httpStatus() == 401;
            if (!refused || renewals > 0 || token == null) {
                return false;
            }
            try {
                renewedToken = credentials.renew(token);
            } catch (CooException e) {
                failure.addSuppressed(e);
                return false;
            }
            if (renewedToken == null) {
                return false;
            }
            renewals++;
            return true;
        }

        /** The policy's wait before retrying a transient failure, or {@code null}. */
        private Duration backoff(CooException failure) {
            boolean transientFailure = failure instanceof CooClientException
                    ? failure.retryable()
                    : failure instanceof CooServiceException s && retryableStatus(s.httpStatus());
            int counted = attempt - renewals;
            if (!transientFailure || counted >= retry.maxAttempts()) {
                return null;
            }
            long cap = retry.backoffCap(counted).toNanos();
            Duration wait = Duration.ofNanos(cap == 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
            if (failure instanceof RateLimitedException limited && limited.retryAfter().compareTo(wait) > 0) {
                wait = limited.retryAfter();
            }
            return wait;
        }
    }
}
