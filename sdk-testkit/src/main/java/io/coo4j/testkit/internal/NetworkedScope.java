package io.coo4j.testkit.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.reference.Agreement;
import io.coo4j.core.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Which agreements and countries exchange data with the partner customs (联网, seed 000), in one direction: read from
 * the agreements table of sdk-core's {@link ReferenceData} ({@link Agreement#networkedExport()},
 * {@link Agreement#networkedImport()}), so that the simulator answers for exactly the scope the SDK states and an
 * edit of the table changes both. Immutable, so thread-safe.
 */
final class NetworkedScope {
    /** The agreements networked in this direction, by code (in code order), with their scope. */
    private final Map<String, Agreement> agreements = new TreeMap<>();
    private final Function<Agreement, Agreement.NetworkedScope> direction;

    private NetworkedScope(Function<Agreement, Agreement.NetworkedScope> direction) {
        this.direction = direction;
        ReferenceData.defaults().agreements().stream().filter(a -> direction.apply(a) != null)
                .forEach(a -> agreements.put(a.code(), a));
    }

    /** The export scope. */
    static NetworkedScope load() {
        return new NetworkedScope(Agreement::networkedExport);
    }

    /** The import scope (进口联网原产地证明). */
    static NetworkedScope imports() {
        return new NetworkedScope(Agreement::networkedImport);
    }

    /** A JSON resource of the testkit, such as the partner customs' sample proofs. */
    static <T> T resource(String name, Class<T> type) {
        try (InputStream in = NetworkedScope.class.getResourceAsStream("/io/coo4j/testkit/" + name)) {
            if (in == null) {
                throw new CooException(name + " is missing from the testkit jar");
            }
            return CooJson.strict().read(in, CooJson.strict().type(type), name);
        } catch (IOException e) {
            throw new CooException("cannot read " + name + " from the testkit jar: " + e.getMessage(), e);
        }
    }

    /** Whether a certificate of {@code agreement} to {@code destination} is sent to the partner customs. */
    boolean exports(String agreement, String destination) {
        return agreement != null && covers(agreement) && countries(agreement).contains(destination);
    }

    /** The agreement codes in scope, in code order, for error messages. */
    List<String> agreementCodes() {
        return List.copyOf(agreements.keySet());
    }

    /** Whether {@code agreement} is networked at all. */
    boolean covers(String agreement) {
        return agreements.containsKey(agreement);
    }

    /**
     * The countries of {@code agreement} in scope: those the table names, or every partner where it names none (the
     * table's "every partner"); empty for an agreement out of scope.
     */
    List<String> countries(String agreement) {
        Agreement a = agreements.get(agreement);
        if (a == null) {
            return List.of();
        }
        List<String> named = direction.apply(a).countries();
        return named.isEmpty() ? a.partners().stream().map(Agreement.Partner::country).toList() : named;
    }

    /** The first day {@code agreement} is networked, or {@code null} when it always was (or is not at all). */
    LocalDate since(String agreement) {
        Agreement a = agreements.get(agreement);
        return a == null ? null : direction.apply(a).since();
    }
}
