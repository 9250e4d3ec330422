package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code config --set} and {@code start} check metric and trigger names against what exists (issue 15
 * item 4): a typo is refused and not saved, except in {@code disabledTriggers}, where it is saved with a
 * warning.
 */
class ConfigNamesCliTest {
    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void writeTheDefaults() throws Exception {
        assertThat(Cli.run(dir, "config", "--reset").exitCode()).isZero();
        before = Files.readString(dir.resolve("config.json"));
    }

    @Test
    void aMisspeltPerformanceMetricIsRefusedAndNotSaved() throws Exception {
        Cli.Result r = Cli.run(dir, "config", "--set", "continuous.performanceMetric=sharpee");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("continuous.performanceMetric 'sharpee' is not a metric the evaluation produces")
                .contains("total_return").contains("did you mean 'sharpe'?");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(before);
        assertThat(Cli.run(dir, "config", "--set", "continuous.performanceMetric=sortino").exitCode()).isZero();
    }

    @Test
    void aMisspeltCriterionMetricIsRefusedAndNotSaved() throws Exception {
        Cli.Result r = Cli.run(dir, "config", "--set",
                "gate.criteria=[{\"metric\":\"drawdown\",\"direction\":\"LOWER_IS_BETTER\",\"threshold\":0.1}]");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("gate.criteria[0].metric 'drawdown' is not a metric").contains("max_drawdown");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(before);
    }

    @Test
    void anUnknownDisabledTriggerIsSavedWithAWarning() throws Exception {
        Cli.Result r = Cli.run(dir, "config", "--set", "continuous.disabledTriggers=scheduled,every_fryday");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: continuous.disabledTriggers names 'every_fryday'")
                .contains("did you mean 'every_friday'?").doesNotContain("'scheduled'");
        assertThat(Files.readString(dir.resolve("config.json"))).contains("every_fryday");
        Cli.Result known = Cli.run(dir, "config", "--set", "continuous.disabledTriggers=scheduled,every_friday");
        assertThat(known.err()).as("installed triggers, the test plug-in's included").doesNotContain("warning");
    }

    @Test
    void startRefusesAHandEditedUnknownMetricBeforeTraining() throws Exception {
        Files.writeString(dir.resolve("config.json"), before.replace("\"max_drawdown\"", "\"max_drawdwn\""));
        String edited = Files.readString(dir.resolve("config.json"));
        Cli.Result r = Cli.run(dir, "start", "--max-cycles", "1", "--no-progress", "--retrain-interval", "12");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("gate.criteria[0].metric 'max_drawdwn'").contains("did you mean 'max_drawdown'?");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(edited);
        assertThat(dir.resolve("models")).doesNotExist();
    }
}
