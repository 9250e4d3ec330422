package io.deepscalper.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Arrows inside core for the environment stack: market &lt;- env &lt;- policy &lt;- backtest. The environment
 * knows nothing of policies, networks or training, so the agent and the baselines plug in from above.
 */
class EnvironmentLayeringTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.deepscalper.core");

    @Test
    void environmentDependsOnlyOnMarketData() {
        noClasses().that().resideInAPackage("io.deepscalper.core.env..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.core.policy..",
                        "io.deepscalper.core.backtest..", "io.deepscalper.core.nn..", "io.deepscalper.core.train..",
                        "ai.djl..")
                .check(CORE);
    }

    @Test
    void policiesDoNotDependOnTheBacktester() {
        noClasses().that().resideInAPackage("io.deepscalper.core.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deepscalper.core.backtest..", "ai.djl..")
                .check(CORE);
    }
}
