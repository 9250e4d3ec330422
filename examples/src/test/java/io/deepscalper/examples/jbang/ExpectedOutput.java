package io.deepscalper.examples.jbang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A script of {@code examples/jbang/} and the lines its {@code --quick} run must print. */
record ExpectedOutput(String script, List<String> fragments) {
    static final List<ExpectedOutput> ALL = List.of(
            new ExpectedOutput("QuickStart.java", List.of("Trained 400 steps", "dqn", "flat", "buy_and_hold",
                    "momentum")));

    void check(String stdout) {
        assertThat(stdout).as(script + " output").contains(fragments);
    }

    @Override
    public String toString() {
        return script;
    }
}
