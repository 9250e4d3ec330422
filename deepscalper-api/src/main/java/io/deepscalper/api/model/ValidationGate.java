package io.deepscalper.api.model;

import io.deepscalper.api.config.ConfigChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check a new version must pass before it may become champion automatically, modelled on MLflow's
 * {@code MetricThreshold} validation and TFX's blessing.
 *
 * <p>The caller evaluates the candidate and the current champion on the same held-out sessions with
 * the raw reward and passes both metric maps to {@link #evaluate}. The gate is a pure function; the
 * result is stored in the candidate's metadata.
 *
 * @param criteria the metric criteria, at most one per metric
 */
public record ValidationGate(List<MetricThreshold> criteria) {

    /** Validates that every metric appears once. */
    public ValidationGate {
        criteria = List.copyOf(criteria);
        Set<String> seen = new HashSet<>();
        for (MetricThreshold t : criteria) {
            ConfigChecks.require(seen.add(t.metric()), "gate.criteria", "two criteria for '" + t.metric() + "'",
                    "at most one criterion per metric (merge them into one MetricThreshold)");
        }
    }

    /** @return a gate builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A sensible default: Sharpe &ge; 0, maximum drawdown &le; 20 %, and a Sharpe at least as good as
     * the champion's (minimum absolute improvement 0).
     *
     * @return the default gate
     */
    public static ValidationGate defaults() {
        return builder()
                .add(new MetricThreshold("sharpe", MetricDirection.HIGHER_IS_BETTER, 0.0, 0.0, null))
                .add(MetricThreshold.atMost("max_drawdown", 0.2))
                .build();
    }

    /**
     * Evaluates the candidate.
     *
     * @param candidate        the candidate's metrics on {@code heldOut}
     * @param champion         the champion's id, or null when there is no champion yet
     * @param championMetrics  the champion's metrics on the same sessions, or null when there is no champion
     * @param heldOut          the sessions both were evaluated on
     * @return the result with every check and its reason
     */
    public GateResult evaluate(Map<String, Double> candidate, ModelVersionId champion,
                               Map<String, Double> championMetrics, HeldOutSessions heldOut) {
        List<GateCheck> checks = new ArrayList<>();
        boolean hasChampion = champion != null && championMetrics != null;
        for (MetricThreshold t : criteria) {
            Double c = candidate.get(t.metric());
            if (c == null || !Double.isFinite(c)) {
                checks.add(new GateCheck(t.metric(), "missing", Double.NaN, Double.NaN, false,
                        t.metric() + " is " + (c == null ? "missing from" : "not finite (" + c + ") in")
                                + " the candidate's metrics " + candidate.keySet()
                                + "; evaluate it on the held-out sessions before gating"));
                continue;
            }
            if (t.threshold() != null) {
                checks.add(thresholdCheck(t, c));
            }
            if (t.minAbsoluteChange() != null) {
                checks.add(changeCheck(t, c, hasChampion, champion, championMetrics, false));
            }
            if (t.minRelativeChange() != null) {
                checks.add(changeCheck(t, c, hasChampion, champion, championMetrics, true));
            }
        }
        boolean passed = checks.stream().allMatch(GateCheck::passed);
        return new GateResult(passed, checks, hasChampion ? champion : null, heldOut, candidate,
                hasChampion ? championMetrics : Map.of());
    }

    private static GateCheck thresholdCheck(MetricThreshold t, double c) {
        double bound = t.threshold();
        boolean higher = t.direction() == MetricDirection.HIGHER_IS_BETTER;
        boolean ok = higher ? c >= bound : c <= bound;
        String op = higher ? ">=" : "<=";
        return new GateCheck(t.metric(), GateCheck.THRESHOLD, c, bound, ok,
                t.metric() + " " + c + (ok ? " satisfies " : " does not satisfy ") + op + " " + bound);
    }

    private static GateCheck changeCheck(MetricThreshold t, double c, boolean hasChampion, ModelVersionId champion,
                                         Map<String, Double> championMetrics, boolean relative) {
        String kind = relative ? GateCheck.MIN_RELATIVE_CHANGE : GateCheck.MIN_ABSOLUTE_CHANGE;
        double required = relative ? t.minRelativeChange() : t.minAbsoluteChange();
        if (!hasChampion) {
            return new GateCheck(t.metric(), kind, c, Double.NaN, true,
                    t.metric() + ": no champion yet, improvement check skipped");
        }
        Double b = championMetrics.get(t.metric());
        if (b == null || !Double.isFinite(b)) {
            return new GateCheck(t.metric(), kind, c, Double.NaN, false, t.metric() + " of champion " + champion
                    + " is " + (b == null ? "missing" : "not finite (" + b + ")") + "; re-evaluate the champion on "
                    + "the same held-out sessions, or force the activation");
        }
        double improvement = t.direction().improvement(c, b);
        boolean ok;
        String measured;
        if (relative) {
            ok = b == 0.0 ? improvement > 0 || required == 0.0 : improvement / Math.abs(b) >= required;
            measured = b == 0.0 ? "improvement " + improvement + " over a zero champion value"
                    : "relative improvement " + (improvement / Math.abs(b));
        } else {
            ok = improvement >= required;
            measured = "improvement " + improvement;
        }
        return new GateCheck(t.metric(), kind, c, b, ok, t.metric() + " " + c + " vs champion " + champion + " " + b
                + ": " + measured + (ok ? " meets " : " is below ") + "the required " + required);
    }

    /** Builds a {@link ValidationGate}. */
    public static final class Builder {
        private final List<MetricThreshold> criteria = new ArrayList<>();

        private Builder() {
        }

        /** @return this builder with one more criterion */
        public Builder add(MetricThreshold criterion) {
            criteria.add(criterion);
            return this;
        }

        /** @return the validated gate */
        public ValidationGate build() {
            return new ValidationGate(criteria);
        }
    }
}
