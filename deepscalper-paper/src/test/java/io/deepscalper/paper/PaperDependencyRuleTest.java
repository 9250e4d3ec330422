package io.deepscalper.paper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md: paper trading depends on api, core, registry and monitoring, acts through ONNX Runtime
 * (no DJL), and logs instead of printing.
 */
class PaperDependencyRuleTest {
    private static final JavaClasses PAPER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.deepscalper.paper");

    @Test
    void paperUsesNeitherTheDataPipelineTheTrainerTheCliNorDjl() {
        noClasses().that().resideInAPackage("io.deepscalper.paper..").should().dependOnClassesThat()
                .resideInAnyPackage("io.deepscalper.data..", "io.deepscalper.continuous..", "io.deepscalper.cli..",
                        "io.deepscalper.testkit..", "ai.djl..", "io.deepscalper.core.nn.djl..")
                .check(PAPER);
    }

    @Test
    void paperLibraryCodeDoesNotPrintToStandardStreams() {
        noClasses().that().resideInAPackage("io.deepscalper.paper..").should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("library code logs through SLF4J (docs/architecture.md)").check(PAPER);
    }
}
