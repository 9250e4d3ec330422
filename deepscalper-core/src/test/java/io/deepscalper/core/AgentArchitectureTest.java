package io.deepscalper.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The agent's own arrows: the engine stays behind {@code core.nn.djl}, so the network contract,
 * parameter files, replay and utilities can be used (and another engine plugged in) without DJL.
 */
class AgentArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deepscalper.core");

    @Test
    void onlyTheDjlPackageAndTheTrainerTouchTheEngine() {
        noClasses().that().resideInAnyPackage("io.deepscalper.core.nn", "io.deepscalper.core.replay",
                        "io.deepscalper.core.util", "io.deepscalper.api.io", "io.deepscalper.core.env",
                        "io.deepscalper.core.policy", "io.deepscalper.core.backtest", "io.deepscalper.api.market")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "io.deepscalper.core.nn.djl..")
                .check(CORE);
    }

    @Test
    void replayKnowsNothingOfNetworksOrTraining() {
        noClasses().that().resideInAPackage("io.deepscalper.core.replay")
                .should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.core.nn..",
                        "io.deepscalper.core.train..", "io.deepscalper.core.env..")
                .check(CORE);
    }
}
