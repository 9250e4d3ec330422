package io.deepscalper.core.policy;

import io.deepscalper.core.env.DecisionContext;
import java.util.SplittableRandom;

/**
 * Uniformly random packed actions from a seeded generator: the same seed gives the same actions. The
 * generator is not re-seeded per session, so a multi-session run is one reproducible stream.
 */
public final class RandomPolicy implements Policy {
    private final long seed;
    private SplittableRandom random;

    /** @param seed drives every action */
    public RandomPolicy(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "random";
    }

    /** Restarts the action stream from the seed. */
    public void restart() {
        random = new SplittableRandom(seed);
    }

    @Override
    public int act(DecisionContext context) {
        return random.nextInt(context.config().actionCount());
    }
}
