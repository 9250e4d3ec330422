package io.deepscalper.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/architecture.md: registry depends on the API module, and on core only in its exporters; library code logs instead of printing. */
class RegistryDependencyRuleTest {
    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deepscalper.registry");

    @Test
    void registryDependsOnCoreOnly() {
        noClasses().that().resideInAPackage("io.deepscalper.registry..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.data..",
                        "io.deepscalper.monitoring..", "io.deepscalper.cli..", "io.deepscalper.examples..")
                .check(REGISTRY);
    }

    @Test
    void registryLibraryCodeDoesNotPrintToStandardStreams() {
        noClasses().that().resideInAPackage("io.deepscalper.registry..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("library code logs through SLF4J (docs/architecture.md)")
                .check(REGISTRY);
    }
}
