package io.deepscalper.examples.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark program runs (one seed, ten cycles) and prints every row of its table. */
class TriggerCalibrationBenchmarkTest {

    @Test
    void printsTheTable() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TriggerCalibrationBenchmark.main(new String[] {"1", "10", "0.3"});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("1 seed(s), signal 0.300")
                .containsPattern("stationary synthetic: cycles that fired +\\d+ of 10 ")
                .containsPattern("SPY January 2011, week against week: alarms +[0-3] of 3")
                .containsPattern("volatility_x2: cycles to detect \\(per seed\\) +\\[\\d+\\]")
                .containsPattern("signal_flipped: cycles to detect \\(per seed\\) +\\[\\d+\\]")
                .containsPattern("seeds detected within 3 cycles +[01] of 1");
    }

    @Test
    void performanceOnlySkipsTheDriftColumns() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TriggerCalibrationBenchmark.main(new String[] {"1", "10", "0.3", "performance-only"});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("SPY January 2011")
                .containsPattern("signal_flipped: cycles to detect \\(per seed\\) +- +- +\\[\\d+\\]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TriggerCalibrationBenchmark.main(
                new String[] {"1", "10", "0.3", "drift-only"})).hasMessageContaining("performance-only");
    }
}
