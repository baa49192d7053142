package io.coo4j.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the public reference data coo4j is tested against (HS nomenclature, PSR annexes, HS correlation tables,
 * customs districts, the customs schema): the folder named by {@code -Dcoo4j.shared.data}, else {@code shared/data}
 * beside the checkout. A test that needs it is skipped with a message when it is absent, and fails instead when
 * {@code CI=true}, so CI always runs it. The README's "Tests" section says how to provide it.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The data folder, or a skip (locally) / failure (CI). */
    public static Path folder() {
        String configured = System.getProperty("coo4j.shared.data");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
        if (Files.isDirectory(dir)) {
            return dir.normalize();
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("the reference data is required in CI but was not found at " + dir.toAbsolutePath()
                    + " (name it with -Dcoo4j.shared.data)");
        }
        assumeTrue(false, "skipped: no reference data at " + dir.toAbsolutePath() + " (name it with -Dcoo4j.shared.data)");
        return dir;
    }
}
