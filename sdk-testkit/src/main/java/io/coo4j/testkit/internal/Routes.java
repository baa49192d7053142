package io.coo4j.testkit.internal;

import io.coo4j.core.CooException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulator's routing table: each desk registers the calls it answers as {@code "POST certificates/{number}/declare"}
 * patterns, so that a new area of the API is a new desk, not another branch in the server. A segment in braces matches
 * any one path segment; when two patterns match, the one with more literal segments wins ({@code certificates/export}
 * before {@code certificates/{number}}). Registration happens before the server starts; lookups are read-only.
 */
public final class Routes {
    /**
     * What a handler is given: the path's variable segments in order, the query, the raw body, and the authenticated
     * caller ({@code "token"}, or {@code "key:"} and the HMAC key id). The caller comes from the request itself — also
     * when the journal replays it — so a desk may record it as part of what the request changed.
     */
    public record Call(List<String> variables, Map<String, String> query, byte[] body, String principal) {
        /** The {@code i}-th variable segment of the pattern (0-based). */
        public String variable(int i) {
            return variables.get(i);
        }

        /** The body read strictly as {@code type}; an empty body is an error naming the body. */
        public <T> T read(Class<T> type) {
            return Bodies.read(body, type);
        }
    }

    /** A handler's answer: HTTP status and the value written as JSON ({@code null}: no body). */
    public record Reply(int status, Object value) {
        public static Reply ok(Object value) {
            return new Reply(200, value);
        }

        public static Reply created(Object value) {
            return new Reply(201, value);
        }

        public static Reply accepted(Object value) {
            return new Reply(202, value);
        }

        public static Reply noContent() {
            return new Reply(204, null);
        }
    }

    /** A reply value sent as it is, not as JSON: a file such as the certificate list export. */
    public record Binary(String contentType, byte[] bytes) {
    }

    @FunctionalInterface
    public interface Handler {
        Reply handle(Call call);
    }

    /**
     * The part of a call that needs no lock, done before the call takes its turn among the changes (reading and checking
     * an upload, which may take seconds); answers the handler of the rest.
     */
    @FunctionalInterface
    public interface Preparer {
        Handler prepare(Call call);
    }

    private record Route(String[] segments, int literals, Preparer preparer) {
    }

    /** The routes by method and number of segments: a call is matched only against patterns of its shape. */
    private final Map<String, List<Route>> byShape = new HashMap<>();
    /** Each pattern with its variables unnamed, to refuse two handlers for one call. */
    private final Set<String> registered = new HashSet<>();

    /** Registers {@code pattern} ({@code "METHOD a/{x}/b"}); a pattern registered twice is a programming error. */
    public Routes on(String pattern, Handler handler) {
        return onPrepared(pattern, call -> handler);
    }

    /** Registers {@code pattern} with work done before its turn: see {@link Preparer}. */
    public Routes onPrepared(String pattern, Preparer preparer) {
        int space = pattern.indexOf(' ');
        String method = pattern.substring(0, space);
        String[] segments = pattern.substring(space + 1).split("/");
        int literals = 0;
        StringBuilder unnamed = new StringBuilder(method);
        for (String s : segments) {
            boolean variable = s.startsWith("{");
            literals += variable ? 0 : 1;
            unnamed.append('/').append(variable ? "{}" : s);
        }
        if (!registered.add(unnamed.toString())) {
            throw new CooException("two handlers for " + pattern);
        }
        byShape.computeIfAbsent(shape(method, segments.length), k -> new ArrayList<>())
                .add(new Route(segments, literals, preparer));
        return this;
    }

    /**
     * Puts {@code check} before the handler registered for {@code pattern}, in the call's turn: a desk that decides who
     * may make another desk's call (the query permission switch, say) guards it without that desk knowing. A pattern
     * not registered is a programming error.
     */
    public Routes guard(String pattern, Consumer<Call> check) {
        int space = pattern.indexOf(' ');
        String method = pattern.substring(0, space);
        String[] segments = pattern.substring(space + 1).split("/");
        List<Route> shaped = byShape.getOrDefault(shape(method, segments.length), List.of());
        for (int i = 0; i < shaped.size(); i++) {
            Route r = shaped.get(i);
            if (Arrays.equals(r.segments, segments)) {
                Preparer inner = r.preparer;
                shaped.set(i, new Route(r.segments, r.literals, call -> {
                    Handler rest = inner.prepare(call);
                    return c -> {
                        check.accept(c);
                        return rest.handle(c);
                    };
                }));
                return this;
            }
        }
        throw new IllegalStateException("no handler to guard for " + pattern);
    }

    /**
     * Every pattern registered, its variables unnamed ({@code "GET/certificates/{}/receipts"}), sorted: what the API's
     * documentation must list.
     */
    List<String> patterns() {
        return registered.stream().sorted().toList();
    }

    private static String shape(String method, int segments) {
        return method + " " + segments;
    }

    /**
     * Does the call's preparation and answers how to finish it; a 404 naming the call when no pattern matches. The
     * caller runs what is answered in the call's turn.
     */
    Supplier<Reply> prepare(String method, List<String> path, Map<String, String> query, byte[] body, String principal) {
        Route best = null;
        for (Route r : byShape.getOrDefault(shape(method, path.size()), List.of())) {
            if (matches(r.segments, path) && (best == null || r.literals > best.literals)) {
                best = r;
            }
        }
        if (best == null) {
            throw ApiError.notFound("call " + method + " /v1/" + String.join("/", path));
        }
        List<String> variables = new ArrayList<>(2);
        for (int i = 0; i < best.segments.length; i++) {
            if (best.segments[i].startsWith("{")) {
                variables.add(path.get(i));
            }
        }
        Call call = new Call(List.copyOf(variables), query, body, principal);
        Handler rest = best.preparer.prepare(call);
        return () -> rest.handle(call);
    }

    /** Whether {@code path}, of the same length as {@code segments}, has each literal segment where it stands. */
    private static boolean matches(String[] segments, List<String> path) {
        for (int i = 0; i < segments.length; i++) {
            if (!segments[i].startsWith("{") && !segments[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }
}
