package io.deepscalper.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.RetrainMode;
import io.deepscalper.continuous.TrainingJob;
import io.deepscalper.continuous.TrainingOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Without a terminal, progress is plain lines at intervals; the mode is chosen by whether there is one. */
class ProgressLinesTest {

    /** Reports 1000 updates, the fake clock moving 100 ms per update; returns no model. */
    private static final class TenSecondsOfUpdates implements ModelTrainer {
        private final AtomicLong clock;
        int updatesSeen;

        TenSecondsOfUpdates(AtomicLong clock) {
            this.clock = clock;
        }

        @Override
        public NetworkConfig network() {
            return null;
        }

        @Override
        public long fullSteps() {
            return 1000;
        }

        @Override
        public long seed() {
            return 1;
        }

        @Override
        public TrainingOutcome train(TrainingJob job, TrainingListener listener) {
            for (long step = 1; step <= 1000; step++) {
                clock.addAndGet(100);
                listener.onUpdate(new UpdateEvent(step, step, 0.5, 0.5, 0, 0.1, 10, 1e-3, 1, Map.of(), Map.of(), 0,
                        clock.get()), TrainingControl.NONE);
                updatesSeen++;
            }
            listener.onTrainingEnd(1000, TrainingEnd.completed());
            return null;
        }
    }

    @Test
    void oneLineAtStartEveryIntervalAndAtTheEndWithoutCarriageReturns() {
        AtomicLong clock = new AtomicLong(0);
        TenSecondsOfUpdates inner = new TenSecondsOfUpdates(clock);
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(inner, new PrintWriter(text), 10_000, clock::get);
        lines.train(new TrainingJob("run_1", RetrainMode.FULL, null, 1000, List.of(BundledData.spyJanuary2011()),
                Path.of("cp"), false),
                new TrainingListener() { });
        assertThat(inner.updatesSeen).as("every update still reaches the trainer's listener").isEqualTo(1000);
        List<String> out = text.toString().lines().toList();
        // 100 s of training at one line per 10 s: the start, 10 progress lines, the end
        assertThat(out).hasSize(12);
        assertThat(out.get(0)).isEqualTo("full training run_1: starting, 1000 steps");
        assertThat(out.get(1)).isEqualTo("full training run_1: step 100/1000 (10 %), loss 0.5000, epsilon 0.10, "
                + "10 steps/s");
        assertThat(out.get(11)).startsWith("full training run_1: completed at step 1000/1000 after 100 s");
        assertThat(text.toString()).doesNotContain("\r");
    }

    @Test
    void autoIsABarOnATerminalAndLinesOtherwise() {
        assertThat(ProgressMode.AUTO.resolve(true)).isEqualTo(ProgressMode.BAR);
        assertThat(ProgressMode.AUTO.resolve(false)).isEqualTo(ProgressMode.LINES);
        assertThat(ProgressMode.BAR.resolve(false)).as("an explicit choice is kept").isEqualTo(ProgressMode.BAR);
        assertThat(ProgressMode.NONE.resolve(true)).isEqualTo(ProgressMode.NONE);
        assertThat(ProgressMode.parse("Lines")).isEqualTo(ProgressMode.LINES);
        assertThatThrownBy(() -> ProgressMode.parse("fancy"))
                .hasMessage("--progress must be auto, bar, lines or none but was 'fancy'");
        // surefire's forked JVM has no console: tests run as in a pipe
        assertThat(ProgressMode.onTerminal()).isFalse();
    }
}
