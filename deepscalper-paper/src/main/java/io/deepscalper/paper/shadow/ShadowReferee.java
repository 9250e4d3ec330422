package io.deepscalper.paper.shadow;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.model.ChampionRule;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.HeldOutSessions;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.core.backtest.PerformanceMetrics;
import io.deepscalper.paper.journal.SessionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, from live sessions, whether the challenger is promoted and whether the champion is rolled back, with
 * the statistical tests of the {@link ValidationGate} itself (not a copy of them):
 * <ul>
 *   <li><b>promotion</b>: every {@code minSessions} shadow sessions, the gate's {@link ValidationGate#evaluate}
 *       over all of them, with the champion rule raised to {@link ChampionRule#SIGNIFICANTLY_BETTER}: the
 *       challenger must beat flat and the live champion, both with evidence at the gate's level, and meet the
 *       gate's metric criteria. The result is a {@link GateResult}, stored the way the gate's are;</li>
 *   <li><b>rollback</b>: every {@code minSessions} live sessions of a champion, the gate's
 *       {@link ValidationGate#probation} of its live session returns against what its validation promised
 *       (its mean held-out session return on every one of the same dates): significantly worse means rollback.</li>
 * </ul>
 * Testing only every {@code minSessions} sessions, rather than after each one, limits how often the same
 * evidence is looked at (each look is another chance of a false promotion).
 */
public final class ShadowReferee {
    private final ValidationGate promotionGate;
    private final ValidationGate gate;
    private final int minSessions;

    /**
     * @param gate        the validation gate of the working directory
     * @param minSessions sessions a decision rests on, at least the gate's {@code minSessions}
     */
    public ShadowReferee(ValidationGate gate, int minSessions) {
        this.gate = Objects.requireNonNull(gate, "gate");
        ConfigChecks.require(minSessions >= gate.minSessions(), "shadow.minSessions", minSessions,
                "at least the gate's minSessions (" + gate.minSessions() + ")");
        this.minSessions = minSessions;
        this.promotionGate = new ValidationGate(gate.criteria(), gate.level(), minSessions,
                ChampionRule.SIGNIFICANTLY_BETTER);
    }

    /** @return the sessions each decision rests on */
    public int minSessions() {
        return minSessions;
    }

    /**
     * The promotion test, when it is due (a positive multiple of {@code minSessions} challenger sessions).
     *
     * @param champion   the champion's live sessions (the flat fallback's when nothing is deployed)
     * @param challenger the challenger's shadow sessions
     * @param championId the champion's id, or null when nothing is deployed (then beating flat is the test)
     * @return the gate's result, or empty when no test is due
     */
    public Optional<GateResult> promotion(List<SessionRecord> champion, List<SessionRecord> challenger,
                                          ModelVersionId championId) {
        if (challenger.isEmpty() || challenger.size() % minSessions != 0) {
            return Optional.empty();
        }
        Map<LocalDate, SessionRecord> byDate = new HashMap<>();
        for (SessionRecord r : champion) {
            byDate.put(r.date(), r);
        }
        List<SessionRecord> ours = new ArrayList<>();
        List<SessionRecord> theirs = new ArrayList<>();
        for (SessionRecord r : challenger) {
            SessionRecord c = byDate.get(r.date());
            if (c != null) {
                ours.add(r);
                theirs.add(c);
            }
        }
        ModelEvaluation candidate = evaluation(ours);
        ModelEvaluation flat = ModelEvaluation.flat(candidate.sessions());
        ModelEvaluation live = championId == null ? null : evaluation(theirs);
        HeldOutSessions held = candidate.sessions().isEmpty() ? null
                : new HeldOutSessions("shadow", candidate.sessions().get(0), candidate.sessions().get(candidate.sessionCount() - 1),
                candidate.sessionCount());
        return Optional.of(promotionGate.evaluate(candidate, flat, championId, live, held));
    }

    /**
     * The rollback test, when it is due (a positive multiple of {@code minSessions} live sessions).
     *
     * @param live         the champion's live sessions since it was deployed
     * @param promisedMean its mean held-out session return at validation
     * @return the probation check (failed: roll back), or empty when none is due
     */
    public Optional<GateCheck> rollback(List<SessionRecord> live, double promisedMean) {
        if (live.isEmpty() || live.size() % minSessions != 0 || !Double.isFinite(promisedMean)) {
            return Optional.empty();
        }
        ModelEvaluation actual = evaluation(live);
        ModelEvaluation promised = new ModelEvaluation(Map.of(), actual.sessions(),
                actual.sessions().stream().map(d -> promisedMean).toList());
        return Optional.of(gate.probation(actual, promised, "its validation"));
    }

    /**
     * The sessions as a gate evaluation: the per-session returns, and the metrics the gate's criteria read
     * (total return compounded over the sessions, Sharpe, maximum drawdown of the session-end equity, fills).
     */
    static ModelEvaluation evaluation(List<SessionRecord> sessions) {
        double[] returns = new double[sessions.size()];
        double[] curve = new double[sessions.size() + 1];
        curve[0] = 1;
        double fills = 0;
        List<LocalDate> dates = new ArrayList<>();
        List<Double> list = new ArrayList<>();
        for (int i = 0; i < returns.length; i++) {
            SessionRecord r = sessions.get(i);
            returns[i] = r.sessionReturn();
            curve[i + 1] = curve[i] * (1 + r.sessionReturn());
            fills += r.fills();
            dates.add(r.date());
            list.add(r.sessionReturn());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("total_return", curve[curve.length - 1] - 1);
        metrics.put("sharpe", returns.length == 0 ? 0 : PerformanceMetrics.sharpe(returns));
        metrics.put("max_drawdown", PerformanceMetrics.maxDrawdown(curve));
        metrics.put("trades", fills);
        return new ModelEvaluation(metrics, dates, list);
    }
}
