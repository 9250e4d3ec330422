package io.deepscalper.core.train;

import io.deepscalper.api.nn.ParameterSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validation-based model selection, like early stopping: of the snapshots offered after each evaluation,
 * keeps the one whose daily validation returns beat flat's (0) most consistently, the largest t-statistic
 * so far, provided it clears the bar and its total return is above flat's; until one does, "stay flat" (the
 * network with its order branches switched off) is the choice.
 */
final class SnapshotSelection {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSelection.class);

    private final double minT;
    private final boolean studentT;
    private SelectedModel kept;
    private int candidates;

    /**
     * @param minT     the configured bar
     * @param studentT whether the bar is raised to the one-sided 5 % point of Student's t for the number of
     *                 validation days
     */
    SnapshotSelection(double minT, boolean studentT) {
        this.minT = minT;
        this.studentT = studentT;
    }

    /**
     * Offers the parameters just evaluated.
     *
     * @param parameters  the network's current parameters
     * @param step        the training step they were taken at
     * @param agentReturn the agent's validation return (mean over markets)
     * @param flatReturn  flat's validation return on the same sessions
     * @param days        the agent's pooled daily validation returns
     */
    void offer(ParameterSet parameters, long step, double agentReturn, double flatReturn, List<Double> days) {
        double t = tStatistic(days);
        double bar = selectionBar(minT, studentT, days.size());
        candidates++;
        if (kept == null) {
            kept = new SelectedModel(QuantityHead.flat(parameters), 0, flatReturn, 0, flatReturn, true, 0);
        }
        if (agentReturn > flatReturn && t >= bar && (kept.flat() || t > kept.tStatistic())) {
            kept = new SelectedModel(parameters, step, agentReturn, t, flatReturn, false, candidates);
        } else {
            kept = new SelectedModel(kept.parameters(), kept.step(), kept.validationReturn(), kept.tStatistic(),
                    flatReturn, kept.flat(), candidates);
        }
        LOG.info("validation at step {}: agent {} (t {}) vs flat {}; kept {}", step, agentReturn, t, flatReturn,
                kept.flat() ? "flat" : "step " + kept.step());
    }

    /** @return the snapshot kept so far, or null before the first offer */
    SelectedModel current() {
        return kept;
    }

    /** @return the t-statistic of the mean of {@code days} against 0; 0 when it is undefined */
    static double tStatistic(List<Double> days) {
        int n = days.size();
        if (n < 2) {
            return 0;
        }
        double mean = days.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = days.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum();
        double se = Math.sqrt(ss / (n - 1) / n);
        return se > 0 ? mean / se : (mean > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    /**
     * @param minT     the configured bar
     * @param studentT whether the bar is the one-sided 5 % point of Student's t for {@code days - 1} degrees of
     *                 freedom (never below {@code minT})
     * @param days     pooled validation days
     * @return the t-statistic a snapshot needs
     */
    static double selectionBar(double minT, boolean studentT, int days) {
        return studentT && days >= 2 ? Math.max(minT, OneSidedStudentT.fivePercent(days - 1)) : minT;
    }
}
