package io.deepscalper.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.core.replay.Transition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NStepBufferTest {

    /** What the replay received: a copy of each handed-on transition. */
    private final List<Transition> replayed = new ArrayList<>();

    @Test
    void aTransitionEntersOnceItsLaterStepsAreDoneWithTheDiscountedSumOfTheirRewards() {
        NStepBuffer b = new NStepBuffer(3, 0.5);
        b.add(step(0, 1f, false), this::keep);
        b.add(step(1, 2f, false), this::keep);
        assertThat(replayed).isEmpty();
        assertThat(b.pending()).isEqualTo(2);
        b.add(step(2, 4f, false), this::keep);
        assertThat(replayed).hasSize(1);
        Transition t = replayed.get(0);
        assertThat(t.barIndex).isEqualTo(0);
        assertThat(t.action).isEqualTo(100);
        assertThat(t.auxTarget).isEqualTo(0.5f);
        assertThat(t.stateBefore[0]).isEqualTo(0f);
        assertThat(t.nextBarIndex).isEqualTo(3); // the observation after step 2
        assertThat(t.stateAfter[0]).isEqualTo(3f);
        assertThat(t.hindsightReward).isEqualTo(1f + 0.5f * 2f + 0.25f * 4f);
        assertThat(t.rawReward).isEqualTo(10f * (1f + 0.5f * 2f + 0.25f * 4f));
        assertThat(t.steps).isEqualTo(3);
        assertThat(t.done).isFalse();
    }

    @Test
    void theSessionsEndFlushesEveryPendingTransitionWithTheStepsLeftAndDone() {
        NStepBuffer b = new NStepBuffer(3, 0.5);
        for (int i = 0; i < 4; i++) {
            b.add(step(i, 1f, i == 3), this::keep);
        }
        assertThat(replayed).extracting(t -> t.barIndex).containsExactly(0, 1, 2, 3);
        assertThat(replayed).extracting(t -> t.steps).containsExactly(3, 3, 2, 1);
        assertThat(replayed).extracting(t -> t.done).containsExactly(false, true, true, true);
        assertThat(replayed).extracting(t -> t.nextBarIndex).containsExactly(3, 4, 4, 4);
        assertThat(replayed.get(2).hindsightReward).isEqualTo(1.5f);
        assertThat(b.pending()).isZero();
    }

    @Test
    void oneStepPassesEveryTransitionOnUnchangedAndAtOnce() {
        NStepBuffer b = new NStepBuffer(1, 0.9);
        Transition s = step(5, 0.1234567f, false);
        b.add(s, this::keep);
        assertThat(replayed).hasSize(1);
        Transition t = replayed.get(0);
        assertThat(t.hindsightReward).isEqualTo(s.hindsightReward);
        assertThat(t.rawReward).isEqualTo(s.rawReward);
        assertThat(t.nextBarIndex).isEqualTo(s.nextBarIndex);
        assertThat(t.steps).isEqualTo(1);
        assertThat(b.pending()).isZero();
    }

    @Test
    void trackingRebuildsThePendingTransitionsWithoutHandingAnythingOn() {
        NStepBuffer live = new NStepBuffer(4, 0.9);
        NStepBuffer rebuilt = new NStepBuffer(4, 0.9);
        for (int i = 0; i < 6; i++) {
            live.add(step(i, i, false), t -> { });
            rebuilt.track(step(i, i, false));
        }
        assertThat(rebuilt.pending()).isEqualTo(live.pending()).isEqualTo(3);
        List<Transition> fromLive = new ArrayList<>();
        List<Transition> fromRebuilt = new ArrayList<>();
        live.add(step(6, 1f, true), t -> fromLive.add(copyOf(t)));
        rebuilt.add(step(6, 1f, true), t -> fromRebuilt.add(copyOf(t)));
        assertThat(fromRebuilt).usingRecursiveFieldByFieldElementComparator().isEqualTo(fromLive);
        assertThat(fromLive).extracting(t -> t.barIndex).containsExactly(3, 4, 5, 6);
    }

    @Test
    void refusesAMultiStepInputAndANonPositiveN() {
        assertThatThrownBy(() -> new NStepBuffer(0, 0.9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n >= 1");
        Transition t = step(0, 1f, false);
        t.steps = 2;
        assertThatThrownBy(() -> new NStepBuffer(2, 0.9).add(t, this::keep))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one-step transitions");
    }

    /** Every step enters replay exactly once, spanning at most n steps and never past the session's end. */
    @Property(tries = 200)
    void everyStepEntersExactlyOnceAndSpansNoMoreThanNSteps(@ForAll @IntRange(min = 1, max = 8) int n,
                                                            @ForAll @IntRange(min = 1, max = 40) int length) {
        replayed.clear();
        double gamma = 0.9;
        NStepBuffer b = new NStepBuffer(n, gamma);
        float[] rewards = new float[length];
        for (int i = 0; i < length; i++) {
            rewards[i] = (float) Math.sin(i + n);
            b.add(step(i, rewards[i], i == length - 1), this::keep);
        }
        assertThat(replayed).extracting(t -> t.barIndex).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, length).boxed().toList());
        for (Transition t : replayed) {
            int k = Math.min(n, length - t.barIndex);
            assertThat(t.steps).isEqualTo(k);
            assertThat(t.nextBarIndex).isEqualTo(t.barIndex + k);
            assertThat(t.done).isEqualTo(t.barIndex + k == length);
            double expected = 0;
            for (int i = 0; i < k; i++) {
                expected += Math.pow(gamma, i) * rewards[t.barIndex + i];
            }
            assertThat((double) t.hindsightReward).isCloseTo(expected, within(1e-5));
        }
        assertThat(b.pending()).isZero();
    }

    private void keep(Transition t) {
        replayed.add(copyOf(t));
    }

    /** The one-step transition of step {@code i}: decided at bar i, next observation at bar i + 1. */
    private static Transition step(int i, float reward, boolean done) {
        Transition t = new Transition();
        t.seriesId = 0;
        t.barIndex = i;
        t.nextBarIndex = i + 1;
        t.stateBefore[0] = i;
        t.stateAfter[0] = i + 1;
        t.action = 100 + i;
        t.rawReward = 10 * reward;
        t.hindsightReward = reward;
        t.auxTarget = 0.5f + i;
        t.done = done;
        return t;
    }

    private static Transition copyOf(Transition from) {
        Transition to = new Transition();
        to.seriesId = from.seriesId;
        to.barIndex = from.barIndex;
        to.nextBarIndex = from.nextBarIndex;
        System.arraycopy(from.stateBefore, 0, to.stateBefore, 0, 3);
        System.arraycopy(from.stateAfter, 0, to.stateAfter, 0, 3);
        to.action = from.action;
        to.rawReward = from.rawReward;
        to.hindsightReward = from.hindsightReward;
        to.auxTarget = from.auxTarget;
        to.done = from.done;
        to.steps = from.steps;
        return to;
    }
}
