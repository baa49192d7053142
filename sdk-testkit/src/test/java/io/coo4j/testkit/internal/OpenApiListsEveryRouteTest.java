package io.coo4j.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.testkit.Faults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml lists every call the simulator answers ("every operation, each built on both sides"), but the
 * customs' side ({@code customs/…}), which docs/api.md lists as the simulator's own. A path with a variable segment
 * ({@code /pre-reviews/{id}/{operation}}) lists every literal the simulator has there.
 */
class OpenApiListsEveryRouteTest {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch):");

    @Test
    void everyRouteOfTheSimulatorIsInOpenApi() throws IOException {
        List<String> documented = documented(GeneratedFiles.projectRoot().resolve("docs/openapi.yaml"));
        List<String> missing = new ArrayList<>();
        List<String> patterns;
        try (SandboxServer server = new SandboxServer(0, "t", Map.of(), Duration.ofMillis(20), Faults::none, 1,
                Clock.systemUTC(), CertificateValidator.defaults(), null)) {
            patterns = server.routes().patterns();
        }
        for (String route : patterns) {
            if (!route.contains("/customs/") && documented.stream().noneMatch(d -> matches(d, route))) {
                missing.add(route);
            }
        }
        assertThat(patterns).as("the routes were read").hasSizeGreaterThan(100);
        assertThat(missing).as("routes the simulator answers that docs/openapi.yaml does not list").isEmpty();
    }

    /** Each operation as {@code "GET/certificates/{number}/receipts"}. */
    private static List<String> documented(Path openapi) throws IOException {
        List<String> out = new ArrayList<>();
        String path = null;
        for (String line : Files.readAllLines(openapi)) {
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.find() && path != null) {
                out.add(m.group(1).toUpperCase(Locale.ROOT) + path);
            } else if (!line.startsWith(" ") && !line.isBlank() && !line.startsWith("paths:")) {
                path = null; // components: and the like
            }
        }
        return out;
    }

    /** Whether the documented {@code operation} covers {@code route}: a documented variable takes any segment. */
    private static boolean matches(String operation, String route) {
        String[] d = operation.split("/", -1);
        String[] r = route.split("/", -1);
        if (d.length != r.length) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            if (!d[i].equals(r[i]) && !d[i].startsWith("{")) {
                return false;
            }
        }
        return true;
    }
}
