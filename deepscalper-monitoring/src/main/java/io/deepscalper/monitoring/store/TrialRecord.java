package io.deepscalper.monitoring.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One hyperparameter-search trial as stored in the {@code tuning_trials} table.
 *
 * @param searchId   the search the trial belongs to
 * @param trial      the trial's number in the search, from 0
 * @param tsMillis   epoch millis when it was stored
 * @param sampler    the sampler that proposed it ({@code random}, {@code tpe})
 * @param seed       the learner's seed
 * @param status     how it ended ({@code COMPLETED}, {@code STOPPED_EARLY}, {@code STOPPED_BUDGET}, {@code FAILED})
 * @param stopReason why it stopped or failed; null when completed
 * @param steps      environment steps done
 * @param score      its ranking score (validation total return)
 * @param sharpe     per-session Sharpe ratio on the validation sessions
 * @param wallMillis its wall time
 * @param valuesJson the searched settings' values as a JSON object ({@code {"train.gamma": 0.9, ...}})
 * @param curve      validation return by checkpoint step
 * @param metrics    the kept model's validation metrics (empty unless completed)
 */
public record TrialRecord(String searchId, int trial, long tsMillis, String sampler, long seed, String status,
                          String stopReason, long steps, double score, double sharpe, long wallMillis,
                          String valuesJson, Map<Long, Double> curve, Map<String, Double> metrics) {
    /** Rejects nulls where the table does, and copies the maps. */
    public TrialRecord {
        Objects.requireNonNull(searchId, "searchId");
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(valuesJson, "valuesJson");
        curve = Collections.unmodifiableMap(new TreeMap<>(curve));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
