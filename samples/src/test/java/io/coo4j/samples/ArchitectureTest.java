package io.coo4j.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md: internals stay inside their module, and dependencies point down the module table
 * (core knows nothing of the modules above it). The samples module sees every module, so the rules run here.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.coo4j");
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        for (String module : new String[] {"core", "rules", "client", "testkit"}) {
            noClasses().that().resideOutsideOfPackage("io.coo4j." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("io.coo4j." + module + "..internal..")
                    .check(classes);
        }
    }

    @Test
    void onlySamplesAndBenchmarksUseTheTestkit() {
        noClasses().that().resideOutsideOfPackages("io.coo4j.testkit..", "io.coo4j.samples..", "io.coo4j.benchmarks..")
                .should().dependOnClassesThat().resideInAPackage("io.coo4j.testkit..")
                .check(classes);
    }

    @Test
    void noModuleUsesPrintInternals() {
        noClasses().that().resideOutsideOfPackage("io.coo4j.print..")
                .should().dependOnClassesThat().resideInAPackage("io.coo4j.print..internal..")
                .check(classes);
    }

    @Test
    void printDependsOnCoreAndPdfBoxOnly() {
        noClasses().that().resideInAPackage("io.coo4j.print..")
                .should().dependOnClassesThat().resideInAnyPackage("io.coo4j.rules..", "io.coo4j.excel..",
                        "io.coo4j.client..", "io.coo4j.testkit..", "io.coo4j.samples..", "io.coo4j.core..internal..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoModuleAboveIt() {
        noClasses().that().resideInAPackage("io.coo4j.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.coo4j.rules..", "io.coo4j.print..", "io.coo4j.excel..",
                        "io.coo4j.client..", "io.coo4j.testkit..", "io.coo4j.samples..")
                .check(classes);
    }

    @Test
    void theClientDependsOnCoreOnly() {
        noClasses().that().resideInAPackage("io.coo4j.client..")
                .should().dependOnClassesThat().resideInAnyPackage("io.coo4j.rules..", "io.coo4j.print..", "io.coo4j.excel..",
                        "io.coo4j.testkit..", "io.coo4j.samples..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNoJsonOrValidationMachinery() {
        noClasses().that().resideInAPackage("io.coo4j.core.model..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "io.coo4j.core.json..", "io.coo4j.core.data..")
                .check(classes);
    }
}
