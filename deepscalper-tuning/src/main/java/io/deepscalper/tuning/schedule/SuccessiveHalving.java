package io.deepscalper.tuning.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Successive halving on validation results at checkpoints, in the asynchronous form of ASHA (Li et al.,
 * "A System for Massively Parallel Hyperparameter Tuning", MLSys 2020): rungs at {@code minSteps},
 * {@code minSteps * eta}, {@code minSteps * eta^2}, ... below the trial budget; a trial that reaches a rung
 * continues only when its score there is among the top {@code 1/eta} of the scores other trials had at that
 * rung.
 *
 * <p>The rule is judged against the trials of <em>earlier batches</em> only ({@link #thresholds}), never against
 * trials running at the same time: which of two parallel trials reaches a rung first depends on the machine,
 * and a decision that depended on it would make the search's result depend on the machine too. So a search
 * gives the same trials, stopped at the same steps, on one core, on many, or on a Spark cluster. A rung
 * judges only once at least {@code eta} earlier trials reached it.
 *
 * @param minSteps first rung, in environment steps; 0 turns early stopping off
 * @param eta      reduction factor, at least 2: the top {@code 1/eta} continue
 */
public record SuccessiveHalving(long minSteps, int eta) {

    /** Validates the factor and the first rung. */
    public SuccessiveHalving {
        if (eta < 2) {
            throw new IllegalArgumentException("successive halving needs eta >= 2 but got " + eta);
        }
        if (minSteps < 0) {
            throw new IllegalArgumentException("successive halving needs minSteps >= 0 but got " + minSteps);
        }
    }

    /** @return a schedule that never stops a trial */
    public static SuccessiveHalving off() {
        return new SuccessiveHalving(0, 2);
    }

    /** @return true when trials may be stopped */
    public boolean enabled() {
        return minSteps > 0;
    }

    /** @return the rung steps below {@code budget}, ascending */
    public List<Long> rungs(long budget) {
        List<Long> out = new ArrayList<>();
        if (!enabled()) {
            return out;
        }
        for (long r = minSteps; r < budget; r *= eta) {
            out.add(r);
        }
        return out;
    }

    /**
     * The bar at each rung for the next batch: the {@code floor(n / eta)}-th best score among the {@code n}
     * earlier trials that reached the rung (rungs reached by fewer than {@code eta} are left out).
     *
     * @param rungScores every earlier trial's score by rung step
     * @return rung step to the score a trial must reach (at least) to continue
     */
    public Map<Long, Double> thresholds(Collection<Map<Long, Double>> rungScores) {
        TreeMap<Long, List<Double>> at = new TreeMap<>();
        for (Map<Long, Double> trial : rungScores) {
            trial.forEach((rung, score) -> at.computeIfAbsent(rung, r -> new ArrayList<>()).add(score));
        }
        TreeMap<Long, Double> out = new TreeMap<>();
        at.forEach((rung, scores) -> {
            if (scores.size() >= eta) {
                scores.sort(Comparator.reverseOrder());
                out.put(rung, scores.get(scores.size() / eta - 1));
            }
        });
        return out;
    }
}
