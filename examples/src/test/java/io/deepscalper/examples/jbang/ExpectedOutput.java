package io.deepscalper.examples.jbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * An example scenario (a class of {@code io.deepscalper.examples} and its JBang twin in {@code examples/jbang/})
 * and the fragments its {@code --quick} run must print, whichever way it runs.
 */
public record ExpectedOutput(String name, List<String> fragments) {
    /** Every scenario of the examples. */
    public static final List<ExpectedOutput> ALL = List.of(
            new ExpectedOutput("QuickStart", List.of("Trained 400 steps", "dqn", "flat", "buy_and_hold",
                    "momentum", "sharpe")),
            new ExpectedOutput("CustomTrigger", List.of("found through META-INF/services: sharpe-drop",
                    "healthy:      rolling Sharpe 0.90 >= -0.50", "deteriorated: fire=true, rolling Sharpe -0.70 < -0.50",
                    "sharpe-drop, friday-close]")),
            new ExpectedOutput("CustomDataSource", List.of("WALK from 'random-walk': 1950 bars, 5 sessions",
                    "bad option rejected: random-walk.volatility must be", "buy_and_hold")),
            new ExpectedOutput("OwnTrainingLoop", List.of("lr=3e-4: 60 updates, last health OK",
                    "stopped by the monitor", "metrics.db holds the updates")),
            new ExpectedOutput("OnnxExport", List.of("activated it, exported to agent.onnx",
                    "same action 8/8")),
            new ExpectedOutput("ContinuousFakeClock", List.of("cycle 1 at 2025-03-03T16:01", "FIRED", "retrain:",
                    "cycle 3 at")));

    /** @return the JBang script's file name */
    public String script() {
        return name + ".java";
    }

    /** Asserts that {@code stdout} holds every fragment. */
    public void check(String stdout) {
        assertThat(stdout).as(name + " output").contains(fragments);
    }

    @Override
    public String toString() {
        return name;
    }
}
