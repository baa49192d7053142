package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.print.modulepath.FontProbe;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 4: on the module path {@link FontProvider#automatic()} finds Noto Sans SC. {@code Class.getResource}
 * in a named module looks in that module only, so the font of {@code sdk-print-font-sc} was silently missed there and
 * only Latin printed. A JVM of its own runs {@link FontProbe} with sdk-print and sdk-print-font-sc as jars on
 * {@code --module-path} (automatic modules, as users get them) and everything else on the class path.
 */
class ModulePathFontTest {

    @Test
    void theBundledChineseFontIsFoundOnTheModulePath(@TempDir Path dir) throws Exception {
        Path printRoot = location(FontProvider.class.getProtectionDomain().getCodeSource().getLocation());
        URL font = FontProvider.class.getClassLoader().getResource(FontProvider.NOTO_SANS_SC_RESOURCE);
        assertThat(font).as("sdk-print-font-sc on the test class path").isNotNull();
        Path fontRoot = fontRoot(font);
        Path print = jar(printRoot, dir, "sdk-print", "io.coo4j.print");
        Path fonts = jar(fontRoot, dir, "sdk-print-font-sc", "io.coo4j.print.font.sc");
        // everything else stays on the class path; the two modules' own entries must not, or they would be found there
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !Path.of(e).toAbsolutePath().equals(printRoot.toAbsolutePath())
                        && !Path.of(e).toAbsolutePath().equals(fontRoot.toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", print + File.pathSeparator + fonts, "--add-modules", "ALL-MODULE-PATH",
                "-cp", classPath, FontProbe.class.getName());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as("loaded from the named module, not the class path").contains("module=io.coo4j.print")
                .contains("font=Noto Sans SC");
    }

    private static Path location(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    /** The class-path entry the font resource is in: a jar, or a {@code target/classes} folder. */
    private static Path fontRoot(URL font) throws IOException {
        String s = font.toString();
        if (s.startsWith("jar:")) {
            return location(new URL(s.substring("jar:".length(), s.indexOf("!/"))));
        }
        Path file = location(font);
        for (int i = 0; i < FontProvider.NOTO_SANS_SC_RESOURCE.split("/").length; i++) {
            file = file.getParent();
        }
        return file;
    }

    /**
     * {@code entry} itself when it is a jar (the built one names its module in its manifest); a folder (Maven's
     * {@code test} phase gives {@code target/classes}) is copied into {@code name.jar} naming the module as the built
     * jar does: a folder without {@code module-info} is no module on the module path.
     */
    private static Path jar(Path entry, Path dir, String name, String module) throws IOException {
        if (Files.isRegularFile(entry)) {
            return entry;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Automatic-Module-Name", module);
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(entry)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(entry.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
