package io.deepscalper.core.train;

import io.deepscalper.core.replay.Transition;
import java.util.function.Consumer;

/**
 * Turns the one-step transitions of an episode into n-step transitions for replay (Sutton 1988; Rainbow,
 * Hessel et al. 2018): the transition of step {@code t} enters replay once step {@code t + n - 1} is done, with
 * the discounted sums {@code sum_{i<n} gamma^i r_{t+i}} of its raw and training rewards, the next observation of
 * step {@code t + n - 1} and its done flag, and {@link Transition#steps} {@code = n}; when the session ends first,
 * every pending transition enters with the steps left ({@code done} is then set and nothing is bootstrapped).
 * The decision bar, private state before, action and auxiliary target stay those of step {@code t}.
 *
 * <p>Why: on minute bars an edge pays over the next few bars while each bar's reward is mostly noise; the
 * one-step target reaches those bars only through the bootstrapped estimate, which is poor early in training.
 * A few real rewards in the target carry the payoff back to the decision faster, at the price of some
 * off-policy bias (the later actions were exploratory). With {@code n = 1} every transition enters replay
 * unchanged and at once.
 *
 * <p>At most {@code n - 1} transitions are pending between steps. They are not in checkpoints: the trainer
 * rebuilds them on resume by replaying the episode's actions through {@link #track}. Not thread-safe.
 */
final class NStepBuffer {
    private final int n;
    private final double gamma;
    private final Transition[] pending;
    private final Transition out = new Transition();
    private int first;
    private int count;

    /**
     * @param n     steps per transition, at least 1
     * @param gamma discount per step
     */
    NStepBuffer(int n, double gamma) {
        if (n < 1) {
            throw new IllegalArgumentException("n-step returns need n >= 1 but n was " + n);
        }
        this.n = n;
        this.gamma = gamma;
        this.pending = new Transition[n];
        for (int i = 0; i < n; i++) {
            pending[i] = new Transition();
        }
    }

    /** @return transitions waiting for their later steps */
    int pending() {
        return count;
    }

    /** Forgets the pending transitions (a new episode, a restore). */
    void clear() {
        first = 0;
        count = 0;
    }

    /**
     * Takes the one-step transition of the step just done and hands on every transition it completes, oldest
     * first.
     *
     * @param step   the one-step transition (copied)
     * @param replay where completed transitions go (the replay buffer); it must copy what it keeps, the holder
     *               is reused
     */
    void add(Transition step, Consumer<Transition> replay) {
        push(step);
        if (step.done) {
            while (count > 0) {
                replay.accept(combineOldest());
                drop();
            }
        } else if (count == n) {
            replay.accept(combineOldest());
            drop();
        }
    }

    /**
     * Does {@link #add}'s bookkeeping without adding anything: for rebuilding the pending transitions of an
     * episode whose completed ones are already in replay (resume from a checkpoint).
     *
     * @param step the one-step transition (copied)
     */
    void track(Transition step) {
        push(step);
        if (step.done) {
            clear();
        } else if (count == n) {
            drop();
        }
    }

    private void push(Transition step) {
        if (step.steps != 1) {
            throw new IllegalArgumentException("the n-step buffer takes one-step transitions but got one of "
                    + step.steps + " steps");
        }
        copy(step, pending[(first + count) % n]);
        count++;
    }

    private void drop() {
        first = (first + 1) % n;
        count--;
    }

    /** @return the oldest pending transition extended over every pending step after it (a reused holder) */
    private Transition combineOldest() {
        Transition head = pending[first];
        Transition last = pending[(first + count - 1) % n];
        copy(head, out);
        double raw = 0;
        double shaped = 0;
        double discount = 1;
        for (int i = 0; i < count; i++) {
            Transition t = pending[(first + i) % n];
            raw += discount * t.rawReward;
            shaped += discount * t.hindsightReward;
            discount *= gamma;
        }
        out.rawReward = (float) raw;
        out.hindsightReward = (float) shaped;
        out.nextBarIndex = last.nextBarIndex;
        System.arraycopy(last.stateAfter, 0, out.stateAfter, 0, 3);
        out.done = last.done;
        out.steps = count;
        return out;
    }

    private static void copy(Transition from, Transition to) {
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
    }
}
