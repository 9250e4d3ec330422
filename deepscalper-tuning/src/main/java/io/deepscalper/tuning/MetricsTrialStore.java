package io.deepscalper.tuning;

import io.deepscalper.api.io.Json;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrialRecord;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores every trial in the metrics store's {@code tuning_trials} table as soon as its batch finished. */
public final class MetricsTrialStore implements TrialListener {
    private final MetricsStore store;
    private final Clock clock;

    /**
     * @param store the open metrics store
     * @param clock stamps the rows
     */
    public MetricsTrialStore(MetricsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void onTrial(String searchId, String sampler, TrialResult r) {
        store.logTrial(record(searchId, sampler, r, clock.millis()));
    }

    /** @return the row of trial {@code r} */
    public static TrialRecord record(String searchId, String sampler, TrialResult r, long tsMillis) {
        Map<Long, Double> curve = new LinkedHashMap<>();
        r.curve().forEach(p -> curve.put(p.step(), p.validationReturn()));
        String values;
        try {
            values = Json.mapper().writeValueAsString(r.values());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("cannot write trial " + r.number() + "'s values as JSON", e);
        }
        return new TrialRecord(searchId, r.number(), tsMillis, sampler, r.seed(), r.status().name(), r.stopReason(),
                r.steps(), r.score(), r.sharpe(), r.wallMillis(), values, curve, r.metrics());
    }
}
