package io.coo4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files in the repository that are generated from the code (docs/schema, the rule catalogue, canonical
 * samples): a test compares them with what the code generates now, and
 * {@code mvn test -Dcoo4j.regenerate=true} rewrites them.
 */
public final class GeneratedFiles {
    private GeneratedFiles() {
    }

    /** The repository's top folder. */
    public static Path projectRoot() {
        String root = System.getProperty("coo4j.project.root");
        return root != null ? Path.of(root) : Path.of("..");
    }

    /** Asserts that {@code relative} holds {@code expected}, or writes it in regenerate mode. */
    public static void check(String relative, String expected) {
        Path file = projectRoot().resolve(relative);
        try {
            if (Boolean.getBoolean("coo4j.regenerate")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, expected, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as(relative + " exists (generate it with mvn test -Dcoo4j.regenerate=true)").exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as(relative + " is what the code generates (regenerate with -Dcoo4j.regenerate=true)")
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
