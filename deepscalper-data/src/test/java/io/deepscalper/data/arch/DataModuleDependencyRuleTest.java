package io.deepscalper.data.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docs/architecture.md: the data module depends on the API module only, and its library code logs through SLF4J. */
class DataModuleDependencyRuleTest {
    private static final JavaClasses DATA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deepscalper.data");

    @Test
    void dataDependsOnCoreOnly() {
        noClasses().that().resideInAPackage("io.deepscalper.data..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.monitoring..",
                        "io.deepscalper.registry..", "io.deepscalper.cli..", "io.deepscalper.examples..")
                .check(DATA);
    }

    @Test
    void sourcesDoNotDependOnThePipeline() {
        noClasses().that().resideInAnyPackage("io.deepscalper.data.csv..", "io.deepscalper.data.yahoo..",
                        "io.deepscalper.data.synthetic..", "io.deepscalper.data.cache..", "io.deepscalper.data.quality..",
                        "io.deepscalper.data.drift..")
                .should().dependOnClassesThat().resideInAPackage("io.deepscalper.data.pipeline..")
                .because("the pipeline composes sources, cache, quality and drift, not the other way round")
                .check(DATA);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses().that().resideInAPackage("io.deepscalper.data..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(DATA);
    }
}
