package io.coo4j.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.coo4j.core.CooException;
import io.coo4j.core.testing.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5, an API that can grow without breaking callers: every exception a public signature names is a
 * {@link CooException}, every exported package is {@link NullMarked}, and no exported signature hands out an internal
 * type. The samples module sees every SDK module but the Spring Boot starter, whose packages are checked from its
 * sources instead.
 */
class PublicApiTest {
    /** Packages of io.coo4j that are not SDK API: the command line, the benchmarks and coo4j's own test helpers. */
    private static final List<String> NOT_API = List.of("io.coo4j.samples", "io.coo4j.benchmarks", "io.coo4j.core.testing");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.coo4j");
    }

    /** A public type of an exported package of an SDK module (a public nested type counts when its outer one is public). */
    static final DescribedPredicate<JavaClass> EXPORTED = DescribedPredicate.describe("exported SDK types", c ->
            isApiPackage(c.getPackageName()) && isPublic(c));

    @Test
    void publicSignaturesThrowOnlyCooExceptions() {
        // protected members too: a subclass in the user's code calls them and must handle what they declare
        codeUnits().that().areDeclaredInClassesThat(EXPORTED)
                .and(DescribedPredicate.describe("are public or protected", u -> visible(u.getModifiers())))
                .should(new ArchCondition<JavaCodeUnit>("declare no exception but coo4j's CooException and its subtypes") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        unit.getThrowsClause().getTypes().stream()
                                .filter(t -> !t.isAssignableTo(CooException.class))
                                .forEach(t -> events.add(SimpleConditionEvent.violated(unit,
                                        unit.getFullName() + " declares " + t.getName())));
                    }
                })
                .check(classes);
    }

    @Test
    void everyExportedPackageIsNullMarked() {
        classes().that(EXPORTED)
                .should(new ArchCondition<JavaClass>("be in a package whose package-info is @NullMarked") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (!c.getPackage().isAnnotatedWith(NullMarked.class)) {
                            events.add(SimpleConditionEvent.violated(c, c.getPackageName() + " (of " + c.getName()
                                    + ") has no @NullMarked package-info"));
                        }
                    }
                })
                .check(classes);
    }

    /** The starter is not on this class path: its exported package is checked in its sources. */
    @Test
    void theStartersPackagesAreNullMarked() throws IOException {
        Path sources = GeneratedFiles.projectRoot().resolve("coo4j-spring-boot-starter/src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> packages = files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .filter(p -> !isInternal(sources.relativize(p).toString().replace('/', '.'))).toList();
            assertThat(packages).isNotEmpty().allSatisfy(p -> assertThat(p.resolve("package-info.java"))
                    .as(p + "/package-info.java").exists().content().contains("@NullMarked"));
        }
    }

    @Test
    void exportedSignaturesUseNoInternalType() {
        classes().that(EXPORTED)
                .should(new ArchCondition<JavaClass>("name no internal type in a public or protected signature") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getRawSuperclass().ifPresent(s -> report(c, "extends", s, events));
                        c.getRawInterfaces().forEach(i -> report(c, "implements", i, events));
                        for (JavaField f : c.getFields()) {
                            if (visible(f.getModifiers())) {
                                involved(f.getType()).forEach(t -> report(f.getFullName(), t, c, events));
                            }
                        }
                        for (JavaCodeUnit u : c.getCodeUnits()) {
                            if (visible(u.getModifiers())) {
                                involved(u.getReturnType()).forEach(t -> report(u.getFullName(), t, c, events));
                                u.getParameterTypes().forEach(p -> involved(p).forEach(t -> report(u.getFullName(), t, c, events)));
                            }
                        }
                    }
                })
                .check(classes);
    }

    private static Stream<JavaClass> involved(JavaType type) {
        return type.getAllInvolvedRawTypes().stream();
    }

    private static void report(JavaClass c, String how, JavaClass type, ConditionEvents events) {
        report(c.getName() + " " + how, type, c, events);
    }

    private static void report(String where, JavaClass type, JavaClass owner, ConditionEvents events) {
        if (type.getPackageName().startsWith("io.coo4j.") && isInternal(type.getPackageName())) {
            events.add(SimpleConditionEvent.violated(owner, where + " names the internal type " + type.getName()));
        }
    }

    private static boolean visible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static boolean isPublic(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    static boolean isApiPackage(String name) {
        return name.startsWith("io.coo4j.") && !isInternal(name)
                && NOT_API.stream().noneMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }

    static boolean isInternal(String packageName) {
        return packageName.equals("internal") || packageName.endsWith(".internal") || packageName.contains(".internal.")
                || packageName.startsWith("internal.");
    }
}
