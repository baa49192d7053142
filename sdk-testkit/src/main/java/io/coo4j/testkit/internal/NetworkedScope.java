package io.coo4j.testkit.internal;

import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which agreements and countries exchange data with the partner customs (联网, seed 000): for exports from
 * {@code networked-export.json}, for imports from {@code networked-import.json}. Data, so that a change of scope is
 * an edit, not a release.
 */
final class NetworkedScope {
    private final Map<String, List<String>> agreements;
    private final Map<String, LocalDate> since;

    private NetworkedScope(Map<String, List<String>> agreements, Map<String, LocalDate> since) {
        this.agreements = Map.copyOf(agreements);
        this.since = since == null ? Map.of() : Map.copyOf(since);
    }

    /** The file: agreement code → countries (empty: all), and for some agreements the first day they are networked. */
    record Table(String source, Map<String, List<String>> agreements, Map<String, LocalDate> since) {
    }

    /** The export scope. */
    static NetworkedScope load() {
        return read("networked-export.json");
    }

    /** The import scope (进口联网原产地证明). */
    static NetworkedScope imports() {
        return read("networked-import.json");
    }

    static <T> T resource(String name, Class<T> type) {
        try (InputStream in = NetworkedScope.class.getResourceAsStream("/io/coo4j/testkit/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the testkit jar");
            }
            return CooJson.strict().read(in, CooJson.strict().type(type), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NetworkedScope read(String name) {
        Table t = resource(name, Table.class);
        return new NetworkedScope(t.agreements(), t.since());
    }

    /** Whether a certificate of {@code agreement} to {@code destination} is sent to the partner customs. */
    boolean exports(String agreement, String destination) {
        return agreement != null && covers(agreement)
                && (countries(agreement).isEmpty() || countries(agreement).contains(destination));
    }

    /** The agreement codes in scope, in code order, for error messages. */
    List<String> agreementCodes() {
        return agreements.keySet().stream().sorted().toList();
    }

    /** Whether {@code agreement} is networked at all. */
    boolean covers(String agreement) {
        return agreements.containsKey(agreement);
    }

    /** The countries of {@code agreement} in scope (empty: every one). */
    List<String> countries(String agreement) {
        return agreements.getOrDefault(agreement, List.of());
    }

    /** The first day {@code agreement} is networked, or {@code null} when it always was. */
    LocalDate since(String agreement) {
        return since.get(agreement);
    }
}
