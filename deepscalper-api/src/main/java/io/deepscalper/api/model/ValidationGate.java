package io.deepscalper.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.stats.ProbabilisticSharpe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The check a new version must pass before it may become champion automatically (a TFX-style blessing).
 * The caller evaluates the candidate, the flat policy and the current champion on the same held-out
 * sessions with the raw reward and passes the three evaluations to {@link #evaluate}. The candidate
 * passes only if all of these hold:
 * <ol>
 *   <li>at least {@code minSessions} held-out sessions were evaluated;</li>
 *   <li><b>it beats flat with evidence</b>: the one-sided probabilistic-Sharpe test
 *       ({@link ProbabilisticSharpe}) of the per-session difference candidate minus flat has a p-value
 *       &le; {@code level};</li>
 *   <li><b>against the champion</b> (when there is one), on the paired per-session difference: better in
 *       mean ({@link ChampionRule#NOT_WORSE}) or significantly better at {@code level}
 *       ({@link ChampionRule#SIGNIFICANTLY_BETTER});</li>
 *   <li>every metric criterion ({@code criteria}: risk limits such as the maximum drawdown, or any other
 *       bound or required change).</li>
 * </ol>
 * Every check is recorded with its statistic, probability, sessions, decision and reason. The gate is a
 * pure function; the result is stored in the candidate's metadata. docs/gate.md explains the choice of test.
 *
 * @param criteria    the metric criteria, at most one per metric
 * @param level       the one-sided significance level of the tests, in (0, 0.5] (default 0.05)
 * @param minSessions the fewest held-out sessions a decision may rest on, at least {@value #MIN_SESSIONS_FLOOR}
 *                    (default {@value #DEFAULT_MIN_SESSIONS})
 * @param champion    how the candidate must compare with the champion (default {@link ChampionRule#NOT_WORSE})
 */
public record ValidationGate(List<MetricThreshold> criteria, double level, int minSessions, ChampionRule champion) {
    /** The default significance level. */
    public static final double DEFAULT_LEVEL = 0.05;
    /** The default minimum number of held-out sessions. */
    public static final int DEFAULT_MIN_SESSIONS = 10;
    /**
     * The smallest {@code minSessions} accepted: with fewer, the sample skewness and kurtosis the test
     * corrects for are themselves noise, and a Sharpe ratio over 3 sessions ranked -77.7 above -93.0.
     */
    public static final int MIN_SESSIONS_FLOOR = 5;
    /** The default risk limit: maximum drawdown on the held-out sessions at most 20 %. */
    public static final double DEFAULT_MAX_DRAWDOWN = 0.2;
    /** The metric name of the statistical checks' values (mean session return). */
    public static final String SESSION_RETURN = "session_return";

    /** Validates the criteria (one per metric), the level and the session minimum. */
    public ValidationGate {
        criteria = List.copyOf(criteria);
        Set<String> seen = new HashSet<>();
        for (MetricThreshold t : criteria) {
            ConfigChecks.require(seen.add(t.metric()), "gate.criteria", "two criteria for '" + t.metric() + "'",
                    "at most one criterion per metric (merge them into one MetricThreshold)");
        }
        ConfigChecks.require(level > 0 && level <= 0.5, "gate.level", level,
                "a one-sided significance level in (0, 0.5], e.g. 0.05");
        ConfigChecks.require(minSessions >= MIN_SESSIONS_FLOOR, "gate.minSessions", minSessions,
                ">= " + MIN_SESSIONS_FLOOR + ": with fewer held-out sessions a test of the session returns is noise");
        ConfigChecks.notNull("gate.champion", champion, "NOT_WORSE or SIGNIFICANTLY_BETTER");
    }

    /**
     * Reads the JSON section; an absent key keeps its default (a {@code gate} section written before the
     * level, the session minimum and the champion rule existed keeps its criteria).
     *
     * @return the validated gate
     */
    @JsonCreator
    public static ValidationGate fromJson(@JsonProperty("criteria") List<MetricThreshold> criteria,
                                          @JsonProperty("level") Double level,
                                          @JsonProperty("minSessions") Integer minSessions,
                                          @JsonProperty("champion") ChampionRule champion) {
        return new ValidationGate(criteria == null ? defaults().criteria() : criteria,
                level == null ? DEFAULT_LEVEL : level, minSessions == null ? DEFAULT_MIN_SESSIONS : minSessions,
                champion == null ? ChampionRule.NOT_WORSE : champion);
    }

    /** @return a gate builder holding the defaults' level, session minimum and champion rule, and no criteria */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default gate, also the CLI's: beat flat at level 5 % on at least 10 held-out sessions, better
     * in mean than the champion, maximum drawdown at most 20 %.
     *
     * @return the default gate
     */
    public static ValidationGate defaults() {
        return builder().add(MetricThreshold.atMost("max_drawdown", DEFAULT_MAX_DRAWDOWN)).build();
    }

    /**
     * Refuses a loop that would hold out fewer sessions than this gate needs.
     *
     * @param validationSessions the loop's {@code continuous.validationSessions}
     * @throws InvalidConfigException naming {@code continuous.validationSessions} and why
     */
    public void requireHeldOut(int validationSessions) {
        if (validationSessions < minSessions) {
            throw new InvalidConfigException("continuous.validationSessions", "continuous.validationSessions is "
                    + validationSessions + " but the gate needs at least gate.minSessions = " + minSessions
                    + " held-out sessions to test a candidate against flat; raise continuous.validationSessions "
                    + "(and data.lookbackDays so that the history covers them) or lower gate.minSessions (at least "
                    + MIN_SESSIONS_FLOOR + ")");
        }
    }

    /**
     * Evaluates the candidate.
     *
     * @param candidate the candidate on {@code heldOut}
     * @param flat      the flat policy on the same sessions
     * @param champion  the champion's id, or null when there is no champion yet
     * @param championEvaluation the champion on the same sessions, or null when there is no champion
     * @param heldOut   the sessions all were evaluated on
     * @return the result with every check and its reason
     */
    public GateResult evaluate(ModelEvaluation candidate, ModelEvaluation flat, ModelVersionId champion,
                               ModelEvaluation championEvaluation, HeldOutSessions heldOut) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(flat, "flat");
        boolean hasChampion = champion != null && championEvaluation != null;
        List<GateCheck> checks = new ArrayList<>();
        int n = candidate.sessionCount();
        boolean enough = n >= minSessions;
        checks.add(new GateCheck(SESSION_RETURN, GateCheck.MIN_SESSIONS, n, minSessions, Double.NaN, Double.NaN, n,
                enough ? GateCheck.PASS : GateCheck.FAIL, enough, enough ? n + " held-out sessions (at least "
                + minSessions + " needed)" : "only " + n + " held-out session(s) but the gate needs at least "
                + minSessions + "; raise continuous.validationSessions"));
        checks.add(enough ? beatsFlat(candidate, flat) : tooFew(GateCheck.BEATS_FLAT, candidate, flat));
        if (!hasChampion) {
            checks.add(new GateCheck(SESSION_RETURN, GateCheck.VS_CHAMPION, candidate.meanReturn(), Double.NaN,
                    Double.NaN, Double.NaN, n, GateCheck.SKIP, true,
                    "no champion yet: beating flat is the only comparison"));
        } else {
            checks.add(enough ? versusChampion(candidate, champion, championEvaluation)
                    : tooFew(GateCheck.VS_CHAMPION, candidate, championEvaluation));
        }
        Map<String, Double> cm = candidate.metrics();
        Map<String, Double> hm = hasChampion ? championEvaluation.metrics() : null;
        for (MetricThreshold t : criteria) {
            checks.addAll(criterion(t, cm, hasChampion, champion, hm));
        }
        boolean passed = checks.stream().allMatch(GateCheck::passed);
        return new GateResult(passed, checks, hasChampion ? champion : null, heldOut, cm,
                hasChampion ? hm : Map.of());
    }

    /**
     * The probation test of a newly promoted champion on sessions it was not gated on: is it significantly
     * worse than {@code reference} (its predecessor, or flat when it had none) on the same sessions?
     *
     * @param champion      the new champion on the probation sessions
     * @param reference     the predecessor (or flat) on the same sessions
     * @param referenceName how the reason names the reference, e.g. the predecessor's id or "flat"
     * @return a check that fails when the champion is significantly worse, i.e. when it should be rolled back
     */
    public GateCheck probation(ModelEvaluation champion, ModelEvaluation reference, String referenceName) {
        int n = champion.sessionCount();
        if (n < 2) {
            return new GateCheck(SESSION_RETURN, GateCheck.PROBATION, champion.meanReturn(), reference.meanReturn(),
                    Double.NaN, Double.NaN, n, GateCheck.SKIP, true, "fewer than 2 probation sessions: no test");
        }
        ProbabilisticSharpe.Result worse = ProbabilisticSharpe.of(reference.minus(champion), 0);
        boolean rollback = worse.probability() >= 1 - level;
        return new GateCheck(SESSION_RETURN, GateCheck.PROBATION, champion.meanReturn(), reference.meanReturn(),
                -worse.sharpe(), 1 - worse.probability(), n, rollback ? GateCheck.FAIL : GateCheck.PASS, !rollback,
                String.format(Locale.ROOT, "on %d new session(s) the champion's mean session return %s vs %s %s: "
                                + "p = %.4g that it is not worse (one-sided PSR of %s minus champion), %s level %s",
                        n, pct(champion.meanReturn()), referenceName, pct(reference.meanReturn()),
                        worse.pValue(), referenceName,
                        rollback ? "significantly worse at" : "not significantly worse at",
                        pct(level)));
    }

    private GateCheck beatsFlat(ModelEvaluation candidate, ModelEvaluation flat) {
        ProbabilisticSharpe.Result r = ProbabilisticSharpe.of(candidate.minus(flat), 0);
        boolean ok = r.pValue() <= level;
        return new GateCheck(SESSION_RETURN, GateCheck.BEATS_FLAT, candidate.meanReturn(), flat.meanReturn(),
                r.sharpe(), r.probability(), r.observations(), ok ? GateCheck.PASS : GateCheck.FAIL, ok,
                String.format(Locale.ROOT, "%s beat flat on %d held-out sessions: mean session return %s vs %s, "
                                + "PSR %.4g, p = %.4g %s level %s", ok ? "has" : "has not", r.observations(),
                        pct(candidate.meanReturn()), pct(flat.meanReturn()), r.probability(), r.pValue(),
                        ok ? "<=" : ">", pct(level)));
    }

    private GateCheck versusChampion(ModelEvaluation candidate, ModelVersionId champion, ModelEvaluation ch) {
        ProbabilisticSharpe.Result r = ProbabilisticSharpe.of(candidate.minus(ch), 0);
        boolean ok = this.champion == ChampionRule.NOT_WORSE ? r.mean() > 0 : r.pValue() <= level;
        String rule = this.champion == ChampionRule.NOT_WORSE ? "better in mean" : "significantly better at level "
                + pct(level);
        return new GateCheck(SESSION_RETURN, GateCheck.VS_CHAMPION, candidate.meanReturn(), ch.meanReturn(),
                r.sharpe(), r.probability(), r.observations(), ok ? GateCheck.PASS : GateCheck.FAIL, ok,
                String.format(Locale.ROOT, "vs champion %s on the same %d sessions: mean session return %s vs %s "
                                + "(difference %s), probability of being better %.4g; %s %s", champion,
                        r.observations(), pct(candidate.meanReturn()), pct(ch.meanReturn()), pct(r.mean()),
                        r.probability(), ok ? "is" : "is not", rule));
    }

    private GateCheck tooFew(String kind, ModelEvaluation candidate, ModelEvaluation reference) {
        return new GateCheck(SESSION_RETURN, kind, candidate.meanReturn(), reference.meanReturn(), Double.NaN,
                Double.NaN, candidate.sessionCount(), GateCheck.FAIL, false, "not tested: " + candidate.sessionCount()
                + " held-out session(s) are fewer than the " + minSessions + " the gate needs");
    }

    private static List<GateCheck> criterion(MetricThreshold t, Map<String, Double> candidate, boolean hasChampion,
                                             ModelVersionId champion, Map<String, Double> championMetrics) {
        Double c = candidate.get(t.metric());
        if (c == null || !Double.isFinite(c)) {
            return List.of(GateCheck.metric(t.metric(), "missing", Double.NaN, Double.NaN, false, false,
                    t.metric() + " is " + (c == null ? "missing from" : "not finite (" + c + ") in")
                            + " the candidate's metrics " + candidate.keySet()
                            + "; evaluate it on the held-out sessions before gating"));
        }
        List<GateCheck> out = new ArrayList<>();
        if (t.threshold() != null) {
            out.add(thresholdCheck(t, c));
        }
        if (t.minAbsoluteChange() != null) {
            out.add(changeCheck(t, c, hasChampion, champion, championMetrics, false));
        }
        if (t.minRelativeChange() != null) {
            out.add(changeCheck(t, c, hasChampion, champion, championMetrics, true));
        }
        return out;
    }

    private static GateCheck thresholdCheck(MetricThreshold t, double c) {
        double bound = t.threshold();
        boolean higher = t.direction() == MetricDirection.HIGHER_IS_BETTER;
        boolean ok = higher ? c >= bound : c <= bound;
        String op = higher ? ">=" : "<=";
        return GateCheck.metric(t.metric(), GateCheck.THRESHOLD, c, bound, ok, false,
                t.metric() + " " + c + (ok ? " satisfies " : " does not satisfy ") + op + " " + bound);
    }

    private static GateCheck changeCheck(MetricThreshold t, double c, boolean hasChampion, ModelVersionId champion,
                                         Map<String, Double> championMetrics, boolean relative) {
        String kind = relative ? GateCheck.MIN_RELATIVE_CHANGE : GateCheck.MIN_ABSOLUTE_CHANGE;
        double required = relative ? t.minRelativeChange() : t.minAbsoluteChange();
        if (!hasChampion) {
            return GateCheck.metric(t.metric(), kind, c, Double.NaN, true, true,
                    t.metric() + ": no champion yet, improvement check skipped");
        }
        Double b = championMetrics.get(t.metric());
        if (b == null || !Double.isFinite(b)) {
            return GateCheck.metric(t.metric(), kind, c, Double.NaN, false, false, t.metric() + " of champion "
                    + champion + " is " + (b == null ? "missing" : "not finite (" + b + ")") + "; re-evaluate the "
                    + "champion on the same held-out sessions, or force the activation");
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
        return GateCheck.metric(t.metric(), kind, c, b, ok, false, t.metric() + " " + c + " vs champion " + champion
                + " " + b + ": " + measured + (ok ? " meets " : " is below ") + "the required " + required);
    }

    /** @return a fraction as a percentage with 4 significant digits and no trailing zeros: 0.05 as "5 %" */
    static String pct(double v) {
        String s = String.format(Locale.ROOT, "%.4g", 100 * v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s + " %";
    }

    /** Builds a {@link ValidationGate}; starts from the defaults' level, session minimum and champion rule. */
    public static final class Builder {
        private final List<MetricThreshold> criteria = new ArrayList<>();
        private double level = DEFAULT_LEVEL;
        private int minSessions = DEFAULT_MIN_SESSIONS;
        private ChampionRule champion = ChampionRule.NOT_WORSE;

        private Builder() {
        }

        /** @return this builder with one more criterion */
        public Builder add(MetricThreshold criterion) {
            criteria.add(criterion);
            return this;
        }

        /** @param v the one-sided significance level @return this builder */
        public Builder level(double v) {
            level = v;
            return this;
        }

        /** @param v the fewest held-out sessions a decision may rest on @return this builder */
        public Builder minSessions(int v) {
            minSessions = v;
            return this;
        }

        /** @param v how the candidate must compare with the champion @return this builder */
        public Builder champion(ChampionRule v) {
            champion = v;
            return this;
        }

        /** @return the validated gate */
        public ValidationGate build() {
            return new ValidationGate(criteria, level, minSessions, champion);
        }
    }
}
