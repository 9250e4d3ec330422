package io.deepscalper.tuning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The tuning module is a library: it logs through SLF4J, never prints, and knows nothing of the CLI or Spark. */
class TuningDependencyRuleTest {
    private static final JavaClasses TUNING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.deepscalper.tuning");

    @Test
    void libraryCodeLogsThroughSlf4j() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("library code logs through SLF4J").check(TUNING);
    }

    @Test
    void knowsNothingOfTheCliOrSpark() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.cli..",
                "io.deepscalper.spark..", "org.apache.spark..").check(TUNING);
    }
}
