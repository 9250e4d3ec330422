package io.deepscalper.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/architecture.md: core depends on the API module only; siblings plug in through the SPIs. */
class ModuleDependencyRuleTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deepscalper.core");

    @Test
    void coreDependsOnNoSiblingModule() {
        noClasses().that().resideInAPackage("io.deepscalper.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.deepscalper.data..", "io.deepscalper.monitoring..", "io.deepscalper.registry..",
                        "io.deepscalper.cli..", "io.deepscalper.examples..")
                .check(CORE);
    }

    @Test
    void coreLibraryCodeDoesNotPrintToStandardStreams() {
        noClasses().that().resideInAPackage("io.deepscalper.core..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("library code logs through SLF4J (docs/architecture.md)")
                .check(CORE);
    }
}
