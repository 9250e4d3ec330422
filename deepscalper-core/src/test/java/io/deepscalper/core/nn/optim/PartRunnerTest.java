package io.deepscalper.core.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class PartRunnerTest {
    @Test
    void everyPartRunsExactlyOncePerRunAndItsWritesAreVisibleAfterwards() {
        try (PartRunner runner = new PartRunner(3)) {
            AtomicIntegerArray counts = new AtomicIntegerArray(3);
            long[] plain = new long[3];
            for (int run = 0; run < 2000; run++) {
                runner.run(part -> {
                    counts.incrementAndGet(part);
                    plain[part]++;
                });
            }
            for (int p = 0; p < 3; p++) {
                assertThat(counts.get(p)).isEqualTo(2000);
                assertThat(plain[p]).as("plain writes of part %d are published by run()", p).isEqualTo(2000);
            }
        }
    }

    @Test
    void aFailureInAWorkerIsRethrownOnTheCallerAndTheRunnerStaysUsable() {
        try (PartRunner runner = new PartRunner(2)) {
            assertThatThrownBy(() -> runner.run(part -> {
                if (part == 1) {
                    throw new IllegalStateException("part 1 failed");
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("part 1 failed");
            int[] ran = new int[2];
            runner.run(part -> ran[part]++);
            assertThat(ran).containsExactly(1, 1);
        }
    }

    @Test
    void oneClosedRunnerRefusesWorkAndOnePartNeedsNoThread() {
        PartRunner runner = new PartRunner(1);
        int[] ran = new int[1];
        runner.run(part -> ran[part]++);
        assertThat(ran[0]).isEqualTo(1);
        runner.close();
        assertThatThrownBy(() -> runner.run(part -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PartRunner(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
