package io.coo4j.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared/data} beside the checkout (the data sets coo4j is tested against). A test that
 * needs it is skipped with a message when it is absent, and fails instead when {@code CI=true}, so CI
 * always runs it.
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
            fail("../shared/data is required in CI but was not found at " + dir.toAbsolutePath());
        }
        assumeTrue(false, "skipped: ../shared/data not found at " + dir.toAbsolutePath());
        return dir;
    }
}
