package io.coo4j.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coo4j.client.Signatures;
import io.coo4j.core.CooException;
import io.coo4j.core.Digests;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.JsonLinesFile;
import io.coo4j.core.lifecycle.IllegalTransitionException;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.numbering.SerialExhaustedException;
import io.coo4j.testkit.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's HTTP side on the JDK's built-in server (no library: a test kit should add as little as possible to
 * its users' class path): credentials, injected faults, idempotency keys, routing to the desks, and every error as
 * the API's error document. Thread-safe.
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.testkit");
    /** The strict mapper without the pretty printer: answers are for programs, and indenting costs per request. */
    private static final ObjectMapper WIRE = Bodies.JSON.mapper();

    private static final long MAX_SKEW_SECONDS = 300;
    /** How long a client may take to send a request's line and headers (documented in docs/api.md). */
    static final int MAX_REQUEST_SECONDS = 5;
    /**
     * The largest request body read: an upload carries at most 4 MB of PDF (001 ch.4), 5.6 MB in base64, and a
     * certificate of {@link io.coo4j.core.model.Certificate#MAX_GOODS_LINES} full goods lines stays under 2 MB.
     */
    static final int MAX_BODY_BYTES = 8 << 20;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each keep-alive answer waits
        // for the client's delayed ACK (~40 ms). The property is read once, when the first server of the JVM starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK server reads a request on a worker thread and by default waits for it forever, so 40 clients sending
        // their headers a byte at a time held all 32 workers (issue 16, item 5). A request (line, headers) not read
        // within this many seconds has its connection closed. Read once per JVM, like nodelay.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final String token;
    private final Map<String, byte[]> hmacKeys;
    private final Timeline timeline;
    private final JsonLinesFile<JournalEntry> journal;
    /** With a journal, changes and due review steps happen one at a time under this lock, in the journal's order. */
    private final Object changes = new Object();
    private final Supplier<Faults> faults;
    private final AtomicReference<Draws> draws = new AtomicReference<>();
    private final Routes routes = new Routes();
    private final Map<String, CompletableFuture<Stored>> idempotency = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    /** An answer: status, body ({@code null}: none) and its content type (JSON unless a desk answers a file). */
    /** An answer; {@code replayed} when it is a stored answer given again for a repeated idempotency key. */
    private record Answer(int status, byte[] body, String retryAfter, String contentType, boolean replayed) {
        Answer(int status, byte[] body, String retryAfter) {
            this(status, body, retryAfter, "application/json; charset=utf-8", false);
        }

        Answer again() {
            return new Answer(status, body, retryAfter, contentType, true);
        }
    }

    /** An answer kept under its idempotency key with the fingerprint of the request that made it. */
    private record Stored(String fingerprint, Answer answer) {
    }

    /**
     * Starts the server; with a {@code journal} file, first replays what it holds (see {@link JournalEntry}) and then keeps
     * every change in it.
     */
    public SandboxServer(int port, String token, Map<String, byte[]> hmacKeys, Duration reviewDelay, Supplier<Faults> faults,
                         int threads, Clock clock, CertificateValidator validator, Path journal) throws IOException {
        this.token = token;
        this.hmacKeys = Map.copyOf(hmacKeys);
        this.faults = faults;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("coo4j-sandbox-review"));
        this.timeline = new Timeline(clock, scheduler);
        Review review = new Review(timeline, reviewDelay, () -> roll(faults.get(), Faults::duplicateReceiptRate));
        EnterpriseDesk enterprise = new EnterpriseDesk(review);
        enterprise.register(routes);
        GoodsFilingDesk goodsFilings = new GoodsFilingDesk(review, enterprise);
        CertificateDesk certificates = new CertificateDesk(review, validator, NetworkedScope.load(), enterprise,
                goodsFilings::requireFiled);
        certificates.register(routes);
        new PreReviewDesk(review, enterprise).register(routes);
        new AgentDesk(review, enterprise).register(routes);
        new BaseDataDesk().register(routes);
        new CertificateUpkeepDesk(review, certificates).register(routes);
        new VerificationDesk(review, certificates).register(routes);
        new BlankFormDesk(review, certificates).register(routes);
        new SupplementDesk(review, certificates).register(routes);
        new NetworkedImportDesk(NetworkedScope.imports(), timeline).register(routes);
        new SubscriptionDesk(review).register(routes);
        new StatisticsDesk(review, certificates).register(routes);
        // Declarants (申报员): self-print takes only their signatures.
        DeclarantDesk declarants = new DeclarantDesk();
        declarants.register(routes);
        new SelfPrintDesk(certificates, review, declarants).register(routes);
        new AcceptanceDesk(review, certificates).register(routes);
        goodsFilings.register(routes);
        // The goods catalogue (货物维护) kept by the service.
        new GoodsCatalogueDesk().register(routes);
        if (journal != null) {
            timeline.ordered(() -> {
                synchronized (changes) {
                    timeline.runDue(timeline.now());
                }
            });
        }
        this.journal = journal == null ? null : replay(journal);
        this.workers = Executors.newFixedThreadPool(threads, daemon("coo4j-sandbox-http"));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
        LOG.info("Single Window sandbox listening on {}", endpoint());
    }

    /**
     * Opens the journal and replays it through the routes, line by line, without the network: it is kept without
     * {@code fsync} (it outlives the process, not the machine). A change that the same routes refuse now means the
     * sandbox was set up differently (another validator, say) from the one that wrote the file: an error naming the
     * line, not a sandbox that silently holds less than the journal says.
     */
    private JsonLinesFile<JournalEntry> replay(Path file) {
        timeline.beginReplay();
        int[] line = {0};
        JsonLinesFile<JournalEntry> opened;
        try {
            opened = JsonLinesFile.open(file, JournalEntry.class, false, e -> {
                line[0]++;
                Request r = new Request(e.method(), e.path(), e.query(), e.body(), e.principal(), e.key());
                Supplier<Routes.Reply> prepared = prepare(r);
                Answer answer = timeline.replayAt(e.at(), () -> timeline.redrawing(e.random(), () -> execute(r, prepared, "replay")));
                if (answer.status() >= 300) {
                    throw new InvalidInputException(file.toString(), "line " + line[0], "replaying " + e.method() + " "
                            + e.path() + " was answered " + answer.status() + " "
                            + new String(answer.body(), StandardCharsets.UTF_8)
                            + "; was this journal written by a sandbox set up differently?");
                }
            });
        } catch (RuntimeException e) {
            scheduler.shutdownNow();
            throw e;
        }
        timeline.endReplay();
        LOG.info("sandbox journal {}: {} changes replayed", file, line[0]);
        return opened;
    }

    /** The routing table the desks registered, for the test that holds docs/openapi.yaml to it. */
    Routes routes() {
        return routes;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        scheduler.shutdownNow();
        if (journal != null) {
            synchronized (changes) {
                journal.close();
            }
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String requestId = "req-" + Long.toHexString(requests.incrementAndGet());
        Faults f = faults.get();
        if (roll(f, Faults::slowRate)) {
            pause(f.slowDelay());
        }
        if (roll(f, Faults::dropBeforeRate)) {
            ex.close(); // no answer: the JDK server drops a connection whose answer was never started
            return;
        }
        Answer answer;
        if (roll(f, Faults::rateLimitRate)) {
            answer = error(429, "RATE_LIMITED", "too many calls", null, null, null, requestId, "0");
        } else if (roll(f, Faults::errorRate)) {
            answer = error(503, "UNAVAILABLE", "injected failure", null, null, null, requestId, "0");
        } else {
            answer = process(ex, requestId);
        }
        if (roll(f, Faults::dropAfterRate)) {
            ex.close(); // the work is done, the answer is lost: only the idempotency key saves a retry
            return;
        }
        send(ex, answer, requestId);
    }

    /** A call as it arrived, after authentication: what the routes and the journal need of it. */
    private record Request(String method, String rawPath, String rawQuery, byte[] body, String principal, String key) {
    }

    private Answer process(HttpExchange ex, String requestId) {
        String method = ex.getRequestMethod();
        try {
            // Who is calling is settled before the body is read: an unauthenticated 1 GB POST costs nothing.
            Credentials credentials = credentials(ex, method);
            byte[] body = readBody(ex);
            Request r = new Request(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(), body,
                    credentials.verify(body), ex.getRequestHeaders().getFirst(Signatures.IDEMPOTENCY_HEADER));
            // What needs no lock (reading and checking an upload, seconds for a hostile PDF) is done before the turn.
            Supplier<Routes.Reply> prepared = prepare(r);
            if ("GET".equals(method)) {
                return execute(r, prepared, requestId);
            }
            if (journal == null) {
                return timeline.at(timeline.instant(), () -> execute(r, prepared, requestId));
            }
            // One change at a time, so that the journal's order is the order the changes happened in.
            synchronized (changes) {
                Instant at = timeline.instant();
                timeline.runDue(at); // what fell due before this change happens before it, as on replay
                List<byte[]> drawn = new ArrayList<>();
                Answer answer = timeline.at(at, () -> timeline.recording(drawn, () -> execute(r, prepared, requestId)));
                if (answer.status() < 300) {
                    journal.append(new JournalEntry(at, r.principal(), r.key(), method, r.rawPath(), r.rawQuery(), body,
                            drawn));
                }
                return answer;
            }
        } catch (RuntimeException e) {
            return failure(e, requestId);
        }
    }

    /**
     * The call's preparation ({@link Routes.Preparer}); what it refuses is answered when the call takes its turn, so
     * that a repeated idempotency key still gets its first answer.
     */
    private Supplier<Routes.Reply> prepare(Request r) {
        try {
            return routes.prepare(r.method(), segments(r.rawPath()), query(r.rawQuery()), r.body(), r.principal());
        } catch (RuntimeException refused) {
            return () -> {
                throw refused;
            };
        }
    }

    private Answer execute(Request r, Supplier<Routes.Reply> prepared, String requestId) {
        try {
            if (!"POST".equals(r.method())) {
                return route(prepared);
            }
            if (!Signatures.isIdempotencyKey(r.key())) {
                throw ApiError.invalid(Signatures.IDEMPOTENCY_HEADER,
                        "every POST needs an idempotency key of 1 to 64 printable ASCII characters without spaces");
            }
            return once(r.principal() + "|" + r.key(), fingerprint(r.method(), r.rawPath(), r.body()),
                    () -> route(prepared), requestId);
        } catch (RuntimeException e) {
            return failure(e, requestId);
        }
    }

    /**
     * Runs {@code work} once per key: a repeat — also one arriving while the first still runs — gets the first answer;
     * the same key on another request is refused. A 5xx answer is not kept, so a retry does the work again.
     */
    private Answer once(String key, String fingerprint, Supplier<Answer> work, String requestId) {
        CompletableFuture<Stored> mine = new CompletableFuture<>();
        CompletableFuture<Stored> first = idempotency.putIfAbsent(key, mine);
        if (first != null) {
            Stored stored = first.join();
            if (!stored.fingerprint().equals(fingerprint)) {
                throw ApiError.conflict("IDEMPOTENCY_KEY_REUSED", "the idempotency key was used for another request");
            }
            return stored.answer().again();
        }
        Answer answer;
        try {
            answer = work.get();
        } catch (RuntimeException e) {
            answer = failure(e, requestId);
        }
        mine.complete(new Stored(fingerprint, answer));
        if (answer.status() >= 500) {
            idempotency.remove(key, mine);
        }
        return answer;
    }

    private static Answer route(Supplier<Routes.Reply> prepared) {
        Routes.Reply reply = prepared.get();
        if (reply.value() instanceof Routes.Binary file) {
            return new Answer(reply.status(), file.bytes(), null, file.contentType(), false);
        }
        return new Answer(reply.status(), reply.value() == null ? null : wire(reply.value()), null);
    }

    private static byte[] wire(Object value) {
        try {
            return WIRE.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new CooException("the sandbox cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private Answer failure(RuntimeException e, String requestId) {
        if (e instanceof ApiError a) {
            return error(a.status, a.code, a.getMessage(), a.field, a.state, a.operation, requestId, null);
        }
        if (e instanceof IllegalTransitionException t) {
            return error(409, "ILLEGAL_TRANSITION", t.getMessage(), null, t.state(), t.operation(), requestId, null);
        }
        if (e instanceof InvalidInputException i) {
            return error(400, "INVALID_INPUT", i.getMessage(), i.location(), null, null, requestId, null);
        }
        if (e instanceof SerialExhaustedException s) {
            return error(409, "CONFLICT", s.getMessage(), null, null, null, requestId, null);
        }
        LOG.error("sandbox request {} failed", requestId, e);
        return error(500, "UNAVAILABLE", "the sandbox failed: " + e.getClass().getSimpleName(), null, null, null,
                requestId, null);
    }

    private static Answer error(int status, String code, String message, String field, String state, String operation,
                                String requestId, String retryAfter) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("code", code);
        doc.put("message", message);
        doc.put("field", field);
        doc.put("state", state);
        doc.put("operation", operation);
        doc.put("requestId", requestId);
        return new Answer(status, wire(doc), retryAfter);
    }

    /**
     * A caller whose credentials passed every check that needs no body: a bearer token (no {@code secret}) is
     * complete; a signed request still has its signature over the body to be checked by {@link #verify}.
     */
    private record Credentials(String principal, byte[] secret, String method, String raw, long seconds,
                               String signature) {
        /** The principal, once the signature (if any) matches {@code body}; compared in constant time. */
        String verify(byte[] body) {
            if (secret != null && !Signatures.same(Signatures.request(secret, method, raw, seconds, body), signature)) {
                throw ApiError.unauthorized("the signature does not match");
            }
            return principal;
        }
    }

    /** The caller's credentials, bearer token or HMAC key, date and key id checked; the signature needs the body. */
    private Credentials credentials(HttpExchange ex, String method) {
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            if (Signatures.same(token, authorization.substring(7))) {
                return new Credentials("token", null, method, null, 0, null);
            }
            throw ApiError.unauthorized("the token is not valid");
        }
        String keyId = ex.getRequestHeaders().getFirst(Signatures.KEY_HEADER);
        if (keyId == null) {
            throw ApiError.unauthorized("no credentials: send a bearer token or a signed request");
        }
        byte[] secret = hmacKeys.get(keyId);
        String date = ex.getRequestHeaders().getFirst(Signatures.DATE_HEADER);
        long seconds;
        try {
            seconds = Long.parseLong(date);
        } catch (NumberFormatException e) {
            throw ApiError.unauthorized(Signatures.DATE_HEADER + " must be epoch seconds");
        }
        if (Math.abs(timeline.instant().getEpochSecond() - seconds) > MAX_SKEW_SECONDS) {
            throw ApiError.unauthorized("the request date is more than " + MAX_SKEW_SECONDS + " s off");
        }
        String raw = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        if (secret == null) {
            // The same answer as a wrong signature: an unknown key id is not told apart from a known one.
            throw ApiError.unauthorized("the signature does not match");
        }
        return new Credentials("key:" + keyId, secret, method, raw, seconds,
                ex.getRequestHeaders().getFirst(Signatures.SIGNATURE_HEADER));
    }

    /** The body, at most {@link #MAX_BODY_BYTES}: refused by its declared length before reading, else by count. */
    private static byte[] readBody(HttpExchange ex) {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalid("", "Content-Length is not a number");
        }
        if (length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiError.invalid("", "the body could not be read");
        }
    }

    private static ApiError tooLarge() {
        return ApiError.invalid("", "the body is larger than " + MAX_BODY_BYTES + " bytes, the most the sandbox reads");
    }

    private static List<String> segments(String rawPath) {
        if (!rawPath.startsWith("/v1/")) {
            throw ApiError.notFound("path " + rawPath + " (the API lives under /v1/)");
        }
        List<String> out = new ArrayList<>();
        for (String s : rawPath.substring(4).split("/")) {
            if (!s.isEmpty()) {
                // A path keeps '+' as it is (only a form's query turns it into a space): "A+B" names A+B.
                out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                q.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static String fingerprint(String method, String path, byte[] body) {
        return Digests.sha256Hex((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8), body);
    }

    private static void send(HttpExchange ex, Answer a, String requestId) throws IOException {
        ex.getResponseHeaders().set("X-Request-Id", requestId);
        if (a.retryAfter() != null) {
            ex.getResponseHeaders().set("Retry-After", a.retryAfter());
        }
        if (a.replayed()) {
            ex.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        if (a.body() == null) {
            ex.sendResponseHeaders(a.status(), -1);
        } else {
            ex.getResponseHeaders().set("Content-Type", a.contentType());
            ex.sendResponseHeaders(a.status(), a.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(a.body());
            }
        }
        ex.close();
    }

    /** The generator of the fault draws, seeded with the seed of {@code faults}. */
    private record Draws(Faults faults, Random random) {
    }

    /**
     * Whether to inject the fault {@code rate} names, drawn from a generator seeded with the faults' seed (a new one
     * whenever the faults change), so that one caller's sequence of calls meets the same faults again.
     */
    private boolean roll(Faults f, ToDoubleFunction<Faults> rate) {
        double p = rate.applyAsDouble(f);
        if (p <= 0) {
            return false;
        }
        Draws d = draws.updateAndGet(old -> old != null && old.faults() == f ? old : new Draws(f, new Random(f.seed())));
        return d.random().nextDouble() < p;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
