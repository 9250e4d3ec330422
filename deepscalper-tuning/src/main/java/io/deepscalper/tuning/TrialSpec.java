package io.deepscalper.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One trial to run: everything a worker needs besides the shared data and base settings, so that it can run
 * on another thread, process or machine and give the same result.
 *
 * @param number         the trial's number in the search, from 0
 * @param seed           the learner's seed for this trial
 * @param values         the searched settings' values, {@code env.*} / {@code train.*}
 * @param thresholds     successive halving's bar at each rung step (from earlier trials); a rung without a bar
 *                       does not stop
 * @param deadlineMillis epoch millis at which the search's wall-time budget ends; 0 for none
 */
public record TrialSpec(int number, long seed, Map<String, JsonNode> values, Map<Long, Double> thresholds,
                        long deadlineMillis) {
    /** Copies the maps, keeping their order. */
    public TrialSpec {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        thresholds = java.util.Collections.unmodifiableMap(new TreeMap<>(thresholds == null ? Map.of() : thresholds));
    }
}
