package io.deepscalper.tuning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a trial gave.
 *
 * @param number         the trial's number
 * @param seed           the learner's seed
 * @param values         the searched settings' values
 * @param status         how it ended
 * @param stopReason     why it stopped early, or the failure's message; null when completed
 * @param steps          environment steps done
 * @param curve          the validation result at every checkpoint
 * @param rungScores     the score at each successive-halving rung the trial reached (the best checkpoint so far)
 * @param metrics        the kept model's metrics on the validation sessions (completed trials; empty otherwise)
 * @param sessionReturns the kept model's return on each validation session (completed trials; empty otherwise)
 * @param score          the ranking score: validation total return for a completed trial, the last checkpoint's
 *                       best for a stopped one, negative infinity for a failed one
 * @param sharpe         per-session Sharpe ratio of {@code sessionReturns} (0 when not completed)
 * @param wallMillis     wall time the trial took
 * @param network        the trained network's shape (null when failed)
 * @param parameters     the kept model's parameters (completed trials); not part of the JSON form
 */
public record TrialResult(int number, long seed, Map<String, JsonNode> values, TrialStatus status, String stopReason,
                          long steps, List<CurvePoint> curve, Map<Long, Double> rungScores,
                          Map<String, Double> metrics, List<Double> sessionReturns, double score, double sharpe,
                          long wallMillis, NetworkConfig network, @JsonIgnore ParameterSet parameters) {
    /** Copies the collections, keeping their order. */
    public TrialResult {
        Objects.requireNonNull(status, "status");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        curve = List.copyOf(curve);
        rungScores = java.util.Collections.unmodifiableMap(new TreeMap<>(rungScores));
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        sessionReturns = List.copyOf(sessionReturns);
    }

    /** @return true when every step ran */
    @JsonIgnore
    public boolean completed() {
        return status == TrialStatus.COMPLETED;
    }

    /** @return this result with {@code parameters} attached (after a transport that dropped them) */
    public TrialResult withParameters(ParameterSet p) {
        return new TrialResult(number, seed, values, status, stopReason, steps, curve, rungScores, metrics,
                sessionReturns, score, sharpe, wallMillis, network, p);
    }
}
