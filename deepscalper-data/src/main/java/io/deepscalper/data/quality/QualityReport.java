package io.deepscalper.data.quality;

import io.deepscalper.api.data.QualitySummary;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.data.raw.RawBars;
import java.util.Map;
import java.util.TreeMap;

/**
 * The full result of checking one batch: per-check counts, the remediations applied, the score, and
 * the repaired bars and quarantined bars themselves.
 *
 * @param score         in [0, 1]; see {@link QualityChecker} for the formula
 * @param threshold     the configured minimum
 * @param checked       bars in the batch as delivered
 * @param expected      regular-hours bars the calendar expects in the batch's window
 * @param present       distinct, valid regular-hours bars delivered (before any fill)
 * @param issues        findings per check, every check listed (zero when clean)
 * @param remediations  repairs per action, every action listed
 * @param clean         the bars to use: sorted, deduplicated, valid, regular hours, short gaps filled
 * @param quarantined   bars kept aside because a value was invalid; never fed to training
 * @param filledStarts  start times of the forward-filled bars (flagged, volume 0)
 */
public record QualityReport(double score, double threshold, int checked, int expected, int present,
                            Map<String, Integer> issues, Map<String, Integer> remediations, BarSeries clean,
                            RawBars quarantined, long[] filledStarts) {

    /** Copies the maps into sorted unmodifiable ones. */
    public QualityReport {
        issues = java.util.Collections.unmodifiableMap(new TreeMap<>(issues));
        remediations = java.util.Collections.unmodifiableMap(new TreeMap<>(remediations));
    }

    /** @return true when the score reaches the threshold */
    public boolean passed() {
        return score >= threshold;
    }

    /** @return the count of one check, 0 when absent */
    public int issue(String check) {
        return issues.getOrDefault(check, 0);
    }

    /** @return the count of one remediation, 0 when absent */
    public int remediation(String action) {
        return remediations.getOrDefault(action, 0);
    }

    /** @return completeness against the calendar, in [0, 1] */
    public double completeness() {
        return expected == 0 ? 1.0 : Math.min(1.0, (double) present / expected);
    }

    /** @return the small summary the orchestrator and metrics store receive */
    public QualitySummary toSummary() {
        return new QualitySummary(score, threshold, checked, clean.size(), issues, remediations);
    }
}
