package io.deepscalper.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md, checked on the compiled classes of every module (the CLI's test class
 * path holds them all): the arrows between modules, and no package cycles anywhere. The API, data and monitoring
 * modules are also kept free of DJL at build time by the enforcer's banned-dependency rule in their POMs.
 */
class ModuleArchitectureTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.deepscalper");

    private static final String API = "io.deepscalper.api..";
    private static final String CORE = "io.deepscalper.core..";
    private static final String DATA = "io.deepscalper.data..";
    private static final String MONITORING = "io.deepscalper.monitoring..";
    private static final String REGISTRY = "io.deepscalper.registry..";
    private static final String CONTINUOUS = "io.deepscalper.continuous..";
    private static final String CLI = "io.deepscalper.cli..";
    private static final String TESTKIT = "io.deepscalper.testkit..";
    private static final String TUNING = "io.deepscalper.tuning..";
    private static final String SPARK = "io.deepscalper.spark..";
    private static final String PAPER = "io.deepscalper.paper..";
    private static final String DASHBOARD = "io.deepscalper.dashboard..";

    @Test
    void apiDependsOnNoOtherModuleAndNoEngine() {
        noClasses().that().resideInAPackage(API).should().dependOnClassesThat()
                .resideInAnyPackage(CORE, DATA, MONITORING, REGISTRY, CONTINUOUS, CLI, TESTKIT, PAPER, "ai.djl..",
                        "ai.onnxruntime..")
                .because("a plug-in author depends on deepscalper-api alone").check(ALL);
    }

    @Test
    void coreDependsOnTheApiOnly() {
        noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage(DATA, MONITORING, REGISTRY, CONTINUOUS, CLI, TESTKIT, PAPER).check(ALL);
    }

    @Test
    void dataAndMonitoringDependOnTheApiOnly() {
        noClasses().that().resideInAnyPackage(DATA, MONITORING).should().dependOnClassesThat()
                .resideInAnyPackage(CORE, REGISTRY, CONTINUOUS, CLI, TESTKIT, PAPER, "ai.djl..").check(ALL);
        noClasses().that().resideInAPackage(DATA).should().dependOnClassesThat().resideInAPackage(MONITORING)
                .check(ALL);
        noClasses().that().resideInAPackage(MONITORING).should().dependOnClassesThat().resideInAPackage(DATA)
                .check(ALL);
    }

    @Test
    void registryUsesTheEngineOnlyInItsExporters() {
        noClasses().that().resideInAPackage(REGISTRY)
                .and().resideOutsideOfPackages("io.deepscalper.registry.export..", "io.deepscalper.registry.onnx..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE, "ai.djl..")
                .because("storing versions needs no engine; exporting and ONNX inference do").check(ALL);
        noClasses().that().resideInAPackage(REGISTRY).should().dependOnClassesThat()
                .resideInAnyPackage(DATA, MONITORING, CONTINUOUS, CLI, TESTKIT, PAPER).check(ALL);
    }

    @Test
    void continuousTrainingNeedsNoCli() {
        noClasses().that().resideInAPackage(CONTINUOUS).should().dependOnClassesThat()
                .resideInAnyPackage(CLI, TESTKIT).because("continuous training runs as a library").check(ALL);
    }

    @Test
    void tuningIsALibraryOverContinuousTraining() {
        noClasses().that().resideInAPackage(TUNING).should().dependOnClassesThat()
                .resideInAnyPackage(CLI, TESTKIT, SPARK, "org.apache.spark..")
                .because("the tuner runs without the CLI, and Spark only enters through its own module").check(ALL);
        noClasses().that().resideInAnyPackage(API, CORE, DATA, MONITORING, REGISTRY, CONTINUOUS).should()
                .dependOnClassesThat().resideInAPackage(TUNING).check(ALL);
    }

    @Test
    void nothingOfSparkOutsideTheSparkModule() {
        noClasses().that().resideInAPackage("io.deepscalper..").and().resideOutsideOfPackage(SPARK).should()
                .dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", SPARK)
                .because("deepscalper-spark is optional and no other module depends on it").check(ALL);
    }

    @Test
    void paperTradingUsesNoDataPipelineTrainerCliOrEngine() {
        noClasses().that().resideInAPackage(PAPER).should().dependOnClassesThat()
                .resideInAnyPackage(DATA, CONTINUOUS, CLI, TESTKIT, "ai.djl..")
                .because("paper trading acts through ONNX Runtime and runs as a library beside the trainer").check(ALL);
        noClasses().that().resideInAnyPackage(CONTINUOUS).should().dependOnClassesThat().resideInAPackage(PAPER)
                .because("the trainer does not trade").check(ALL);
    }

    @Test
    void dashboardReadsThroughApiMonitoringAndRegistryOnly() {
        noClasses().that().resideInAPackage(DASHBOARD).should().dependOnClassesThat()
                .resideInAnyPackage(CORE, DATA, CONTINUOUS, CLI, TESTKIT, "ai.djl..", "ai.onnxruntime..")
                .because("the dashboard reads a working directory; it needs no engine and no orchestrator").check(ALL);
        noClasses().that().resideOutsideOfPackages(DASHBOARD, CLI).should().dependOnClassesThat()
                .resideInAPackage(DASHBOARD).because("only the CLI serves the dashboard").check(ALL);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.deepscalper.(**)").should().beFreeOfCycles().check(ALL);
    }
}
