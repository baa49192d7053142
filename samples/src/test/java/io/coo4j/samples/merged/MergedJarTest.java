package io.coo4j.samples.merged;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.validation.RuleCatalog;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fat jar built the usual way without transformers keeps the first copy of every file name. The SDK modules are
 * merged so, in class-path order and in reverse, and a child JVM validates a certificate from the merged jar: every
 * module's messages and rules must survive whichever copy wins.
 */
class MergedJarTest {
    private static final Path ROOT = GeneratedFiles.projectRoot().toAbsolutePath().normalize();

    @Test
    void validationWorksFromANaivelyMergedJarInEitherOrder(@TempDir Path dir) throws Exception {
        List<Path> modules = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath().normalize();
            boolean sdk = p.startsWith(ROOT) && ROOT.relativize(p).getName(0).toString().startsWith("sdk-");
            if (sdk && !p.endsWith("test-classes")) {
                modules.add(p);
            } else if (!p.startsWith(ROOT) || p.equals(ROOT.resolve("samples/target/test-classes"))) {
                others.add(entry); // third-party jars, and this class's child main
            }
        }
        assertThat(modules).as("sdk-core, sdk-rules, sdk-client, sdk-excel, sdk-print, its font and sdk-testkit").hasSize(7);
        int expectedRules = RuleCatalog.rules().size();
        for (boolean reversed : new boolean[] {false, true}) {
            List<Path> order = new ArrayList<>(modules);
            if (reversed) {
                Collections.reverse(order);
            }
            Path jar = merge(order, dir.resolve("merged-" + reversed + ".jar"));
            List<String> cp = new ArrayList<>(List.of(jar.toString()));
            cp.addAll(others);
            String out = run(cp);
            assertThat(out).as(order.toString())
                    .contains("rule sets 2, rules with both messages " + expectedRules)
                    .contains("FILING_NUMBER_FORMAT | CO filing number must be 9 digits")
                    .containsPattern("DESTINATION_NOT_ALLOWED \\| .*US.* \\| .*US");
        }
    }

    /** Every file of every module, in order; a name already taken is skipped, as a naive merge does. */
    private static Path merge(List<Path> modules, Path target) throws IOException {
        Set<String> taken = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Path module : modules) {
                if (Files.isDirectory(module)) {
                    try (Stream<Path> files = Files.walk(module)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            String name = module.relativize(f).toString().replace(File.separatorChar, '/');
                            if (taken.add(name)) {
                                try (InputStream in = Files.newInputStream(f)) {
                                    copy(zip, name, in);
                                }
                            }
                        }
                    }
                } else {
                    try (ZipFile z = new ZipFile(module.toFile())) {
                        for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                            ZipEntry entry = e.nextElement();
                            if (!entry.isDirectory() && taken.add(entry.getName())) {
                                try (InputStream in = z.getInputStream(entry)) {
                                    copy(zip, entry.getName(), in);
                                }
                            }
                        }
                    }
                }
            }
        }
        return target;
    }

    private static void copy(ZipOutputStream zip, String name, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        in.transferTo(zip);
        zip.closeEntry();
    }

    private static String run(List<String> classPath) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                ValidateFromMergedJar.class.getName()).redirectErrorStream(true).start();
        try (InputStream stdout = p.getInputStream()) {
            String out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        }
    }
}
