package io.coo4j.testkit.internal;

import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Which agreements and destinations exchange export data with the partner customs (联网, seed 000), from
 * {@code networked-export.json}: data, so that a change of scope is an edit, not a release.
 */
final class NetworkedScope {
    private final Map<String, List<String>> agreements;

    private NetworkedScope(Map<String, List<String>> agreements) {
        this.agreements = Map.copyOf(agreements);
    }

    record Table(String source, Map<String, List<String>> agreements) {
    }

    static NetworkedScope load() {
        String name = "networked-export.json";
        try (InputStream in = NetworkedScope.class.getResourceAsStream("/io/coo4j/testkit/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the testkit jar");
            }
            Table t = CooJson.strict().read(in, CooJson.strict().type(Table.class), name);
            return new NetworkedScope(t.agreements());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a certificate of {@code agreement} to {@code destination} is sent to the partner customs. */
    boolean exports(String agreement, String destination) {
        List<String> destinations = agreement == null ? null : agreements.get(agreement);
        return destinations != null && (destinations.isEmpty() || destinations.contains(destination));
    }
}
