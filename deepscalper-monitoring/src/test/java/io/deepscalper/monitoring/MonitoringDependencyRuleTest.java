package io.deepscalper.monitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/architecture.md: monitoring depends on the API module only, and library code logs rather than prints. */
class MonitoringDependencyRuleTest {
    private static final JavaClasses MONITORING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deepscalper.monitoring");

    @Test
    void monitoringDependsOnCoreOnly() {
        noClasses().that().resideInAPackage("io.deepscalper.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.data..",
                        "io.deepscalper.registry..", "io.deepscalper.cli..", "io.deepscalper.examples..")
                .check(MONITORING);
    }

    @Test
    void monitoringDoesNotUseTheEngineDirectly() {
        noClasses().that().resideInAPackage("io.deepscalper.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "io.deepscalper.core.nn.djl..")
                .because("health checks go through the engine-neutral QNetwork interface")
                .check(MONITORING);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses().that().resideInAPackage("io.deepscalper.monitoring..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("library code logs through SLF4J").check(MONITORING);
    }
}
