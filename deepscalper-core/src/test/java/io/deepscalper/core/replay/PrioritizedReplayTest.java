package io.deepscalper.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.core.util.Rng;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class PrioritizedReplayTest {
    /** Writes a recognisable pattern: (series, bar, state) in the first cells, bar in the rest. */
    static final class PatternSource implements ObservationSource {
        final int size;

        PatternSource(int size) {
            this.size = size;
        }

        @Override
        public int observationSize() {
            return size;
        }

        @Override
        public void write(int seriesId, int barIndex, float pos, float cash, float time, float[] dst, int offset) {
            for (int i = 0; i < size - 3; i++) {
                dst[offset + i] = seriesId * 1000 + barIndex;
            }
            dst[offset + size - 3] = pos;
            dst[offset + size - 2] = cash;
            dst[offset + size - 1] = time;
        }
    }

    private static Transition transition(int series, int bar) {
        Transition t = new Transition();
        t.seriesId = series;
        t.barIndex = bar;
        t.nextBarIndex = bar + 1;
        t.stateBefore[0] = bar / 100f;
        t.stateAfter[0] = (bar + 1) / 100f;
        t.stateBefore[1] = 1f;
        t.stateAfter[1] = 0.5f;
        t.action = bar % 231;
        t.rawReward = bar;
        t.hindsightReward = 2 * bar;
        t.auxTarget = 0.1f * bar;
        t.done = bar % 10 == 9;
        t.steps = 1 + bar % 3;
        return t;
    }

    @Test
    void aSampleRebuildsBothObservationsAndCarriesEveryField() {
        PrioritizedReplay replay = new PrioritizedReplay(16, 0.6);
        for (int b = 0; b < 10; b++) {
            replay.add(transition(3, b));
        }
        ReplayBatch batch = new ReplayBatch(8, 6);
        replay.sample(batch, new PatternSource(6), 0.4, new Rng(1));
        for (int k = 0; k < 8; k++) {
            int bar = batch.indices[k];
            assertThat(batch.observations[k * 6]).isEqualTo(3000 + bar);
            assertThat(batch.nextObservations[k * 6 + 2]).isEqualTo(3000 + bar + 1);
            assertThat(batch.observations[k * 6 + 3]).isEqualTo(bar / 100f);
            assertThat(batch.nextObservations[k * 6 + 3]).isEqualTo((bar + 1) / 100f);
            assertThat(batch.nextObservations[k * 6 + 4]).isEqualTo(0.5f);
            assertThat(batch.actions[k]).isEqualTo(bar);
            assertThat(batch.rawRewards[k]).isEqualTo(bar);
            assertThat(batch.rewards[k]).isEqualTo(2f * bar);
            assertThat(batch.auxTargets[k]).isEqualTo(0.1f * bar);
            assertThat(batch.dones[k]).isEqualTo(bar == 9 ? 1f : 0f);
            assertThat(batch.steps[k]).isEqualTo(1 + bar % 3);
            // all at the same (initial) priority: uniform, so every weight is 1
            assertThat(batch.weights[k]).isEqualTo(1f);
        }
    }

    @Test
    void samplingFrequencyIsProportionalToPriorityToTheAlphaAndWeightsCorrectIt() {
        PrioritizedReplay replay = new PrioritizedReplay(4, 0.6);
        for (int b = 0; b < 4; b++) {
            replay.add(transition(0, b));
        }
        double[] p = {0.5, 1.0, 2.0, 4.0};
        replay.updatePriorities(new int[] {0, 1, 2, 3}, new float[] {0.5f, 1f, 2f, 4f}, new float[4], 4);
        double z = 0;
        for (double v : p) {
            z += Math.pow(v + 1e-5, 0.6);
        }
        ReplayBatch batch = new ReplayBatch(64, 4);
        int[] counts = new int[4];
        float[] weightOf = new float[4];
        Rng rng = new Rng(7);
        int draws = 0;
        for (int r = 0; r < 500; r++) {
            replay.sample(batch, new PatternSource(4), 0.4, rng);
            for (int k = 0; k < 64; k++) {
                counts[batch.indices[k]]++;
                weightOf[batch.indices[k]] = batch.weights[k];
                draws++;
            }
        }
        for (int i = 0; i < 4; i++) {
            double expected = Math.pow(p[i] + 1e-5, 0.6) / z;
            assertThat(counts[i] / (double) draws).isCloseTo(expected, within(0.01));
            double w = Math.pow(4 * expected, -0.4) / Math.pow(4 * Math.pow(p[0] + 1e-5, 0.6) / z, -0.4);
            assertThat((double) weightOf[i]).isCloseTo(w, within(1e-5));
        }
        assertThat(weightOf[0]).isEqualTo(1f);
    }

    @Test
    void newTransitionsEnterAtTheLargestPrioritySeenAndTheOldestIsOverwritten() {
        PrioritizedReplay replay = new PrioritizedReplay(3, 0.5);
        replay.add(transition(0, 0));
        replay.updatePriorities(new int[] {0}, new float[] {8f}, new float[] {1f}, 1);
        int slot = replay.add(transition(0, 1));
        assertThat(replay.priority(slot)).isCloseTo(Math.sqrt(9 + 1e-5), within(1e-9));
        replay.add(transition(0, 2));
        assertThat(replay.add(transition(0, 3))).isZero();
        assertThat(replay.size()).isEqualTo(3);
    }

    @Test
    void fiveHundredThousandTransitionsFitInUnder100MegabytesOfArrays() {
        PrioritizedReplay replay = new PrioritizedReplay(500_000, 0.6);
        long bytes = replay.bytesHeld();
        System.out.printf("replay arrays at capacity 500000: %d bytes (%.1f MB, %.1f bytes/transition)%n",
                bytes, bytes / 1e6, bytes / 5e5);
        assertThat(bytes).isLessThan(100_000_000L).isGreaterThan(500_000L * 50);
    }

    @Test
    void samplingDoesNotAllocate() {
        PrioritizedReplay replay = new PrioritizedReplay(4096, 0.6);
        for (int b = 0; b < 4096; b++) {
            replay.add(transition(b % 3, b));
        }
        ReplayBatch batch = new ReplayBatch(256, 64);
        PatternSource source = new PatternSource(64);
        Rng rng = new Rng(3);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2000; i++) { // warm up so the JIT has compiled the loop
            replay.sample(batch, source, 0.5, rng);
            replay.updatePriorities(batch.indices, batch.rewards, batch.auxTargets, batch.size);
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 500; i++) {
            replay.sample(batch, source, 0.5, rng);
            replay.updatePriorities(batch.indices, batch.rewards, batch.auxTargets, batch.size);
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        // 500 x 256 transitions sampled: any per-transition allocation would be >= 2 MB
        assertThat(allocated).isLessThan(64 * 1024);
    }

    @Test
    void contentSurvivesAWriteAndReadAndSamplesIdentically() throws Exception {
        PrioritizedReplay a = new PrioritizedReplay(50, 0.6);
        for (int b = 0; b < 70; b++) {
            a.add(transition(1, b));
        }
        a.updatePriorities(new int[] {3, 4}, new float[] {5f, 0.1f}, new float[] {1f, 0f}, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            a.writeTo(out);
        }
        PrioritizedReplay b = new PrioritizedReplay(50, 0.6);
        b.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        ReplayBatch ba = new ReplayBatch(16, 5);
        ReplayBatch bb = new ReplayBatch(16, 5);
        a.sample(ba, new PatternSource(5), 0.7, new Rng(9));
        b.sample(bb, new PatternSource(5), 0.7, new Rng(9));
        assertThat(bb.indices).isEqualTo(ba.indices);
        assertThat(bb.observations).isEqualTo(ba.observations);
        assertThat(bb.weights).isEqualTo(ba.weights);
        assertThat(bb.steps).isEqualTo(ba.steps).contains(1, 2, 3);
        assertThat(b.add(transition(1, 99))).isEqualTo(a.add(transition(1, 99)));
        PrioritizedReplay wrong = new PrioritizedReplay(51, 0.6);
        assertThatThrownBy(() -> wrong.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .hasMessageContaining("capacity 50");
    }

    @Test
    void dataOfTheFormatBeforeNStepTransitionsReadsAsOneStepTransitions() throws Exception {
        // format 1, as checkpoints written before n-step returns hold it: the same fields without the steps byte
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(1);
            out.writeInt(4);
            out.writeDouble(0.6);
            out.writeInt(2);
            out.writeInt(2);
            out.writeDouble(1.0);
            for (int i = 0; i < 2; i++) {
                out.writeInt(0);
                out.writeInt(10 + i);
                out.writeInt(11 + i);
                for (int j = 0; j < 3; j++) {
                    out.writeFloat(0f);
                    out.writeFloat(0f);
                }
                out.writeShort(5);
                out.writeFloat(1f);
                out.writeFloat(2f);
                out.writeFloat(0f);
                out.writeBoolean(false);
                out.writeDouble(1.0);
            }
        }
        PrioritizedReplay replay = new PrioritizedReplay(4, 0.6);
        replay.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        ReplayBatch batch = new ReplayBatch(4, 6);
        java.util.Arrays.fill(batch.steps, 0);
        replay.sample(batch, new PatternSource(6), 0.4, new Rng(2));
        assertThat(replay.size()).isEqualTo(2);
        assertThat(batch.steps).containsOnly(1);
        assertThat(batch.rewards).containsOnly(2f);
    }

    @Test
    void rejectsATransitionSpanningNoStep() {
        Transition t = transition(0, 1);
        t.steps = 0;
        assertThatThrownBy(() -> new PrioritizedReplay(4, 0.6).add(t)).hasMessageContaining("spans 1 to 127 steps");
    }

    @Test
    void rejectsNonFiniteRewardsWithAHint() {
        PrioritizedReplay replay = new PrioritizedReplay(4, 0.6);
        Transition t = transition(0, 1);
        t.rawReward = Float.NaN;
        assertThatThrownBy(() -> replay.add(t)).hasMessageContaining("non-finite").hasMessageContaining("NaN");
        assertThatThrownBy(() -> replay.sample(new ReplayBatch(2, 4), new PatternSource(4), 0.4, new Rng(1)))
                .hasMessageContaining("empty");
    }
}
