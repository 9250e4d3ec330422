package io.deepscalper.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI's own arrows: commands use progress and config; progress and config never reach back into commands. */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.deepscalper.cli");

    @Test
    void progressAndConfigDoNotDependOnCommands() {
        noClasses().that().resideInAnyPackage("io.deepscalper.cli.progress..", "io.deepscalper.cli.config..")
                .should().dependOnClassesThat().resideInAPackage("io.deepscalper.cli.command..").check(CLI);
    }

    @Test
    void onlyCommandsPrintAndOnlyThroughPicocliWriters() {
        noClasses().that().resideInAnyPackage("io.deepscalper.cli.progress..", "io.deepscalper.cli.config..",
                "io.deepscalper.cli.command..").should().accessField(System.class, "out")
                .because("commands print through picocli's writers so that tests and scripts can capture them")
                .check(CLI);
    }
}
