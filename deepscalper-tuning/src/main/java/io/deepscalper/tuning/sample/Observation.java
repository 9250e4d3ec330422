package io.deepscalper.tuning.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * A finished trial as a sampler sees it.
 *
 * @param values    the trial's values by parameter name
 * @param score     its score, higher is better (its validation result; for a trial stopped early, the last
 *                  checkpoint's)
 * @param completed false for a trial stopped early: TPE ranks it below every completed trial
 */
public record Observation(Map<String, JsonNode> values, double score, boolean completed) {
    /** Copies the values. */
    public Observation {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }
}
