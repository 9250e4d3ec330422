package io.deepscalper.tuning;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import java.time.Duration;
import java.util.Objects;

/**
 * The budget and rules of one search.
 *
 * @param trials             the most trials to run, at least 1
 * @param wallTime           the most wall time: no batch starts after it, and running trials stop at it; null for
 *                           no limit
 * @param seed               the search's seed: trial {@code i} trains with seed {@code seed + i}, and its values
 *                           are drawn from a random source seeded from {@code seed} and {@code i}
 * @param validationSessions the validation window trials are ranked on, at least 2
 * @param gateSessions       the sessions kept for the gate, at least the gate's minimum
 * @param schedule           successive halving (or {@link SuccessiveHalving#off()})
 */
public record TuningConfig(int trials, Duration wallTime, long seed, int validationSessions, int gateSessions,
                           SuccessiveHalving schedule) {
    /** Validates the budget. */
    public TuningConfig {
        ConfigChecks.inRange("tuning.trials", trials, 1, 100_000);
        if (wallTime != null && (wallTime.isNegative() || wallTime.isZero())) {
            throw new InvalidConfigException("tuning.wallTime", "must be positive (got " + wallTime + ")");
        }
        ConfigChecks.inRange("tuning.validationSessions", validationSessions, 2, 10_000);
        ConfigChecks.inRange("tuning.gateSessions", gateSessions, 1, 10_000);
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Checks that the rungs fall on checkpoints: every rung must be a multiple of {@code evalIntervalSteps}, or
     * the trial would never be judged there.
     *
     * @param evalIntervalSteps the learner's evaluation interval
     * @param budget            the trials' steps
     */
    public void requireRungsOnCheckpoints(long evalIntervalSteps, long budget) {
        if (!schedule.enabled()) {
            return;
        }
        if (evalIntervalSteps <= 0) {
            throw new InvalidConfigException("tuning.minSteps", "early stopping needs train.evalIntervalSteps > 0");
        }
        for (long r : schedule.rungs(budget)) {
            if (r % evalIntervalSteps != 0) {
                throw new InvalidConfigException("tuning.minSteps", "the rung at step " + r
                        + " is not a multiple of train.evalIntervalSteps (" + evalIntervalSteps
                        + "); choose a first rung that is");
            }
        }
    }
}
