package io.deepscalper.api.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * "New data for symbol X": one symbol's result of one pipeline update, delivered to
 * {@link DataUpdateListener}s. The continuous-training orchestrator reacts to these without knowing
 * the data module.
 *
 * @param symbol      the ticker
 * @param interval    the bar interval of the new bars
 * @param newBars     bars added to the cache by this update (after dedupe and remediation)
 * @param firstNew    start of the first new bar, or {@code null} when {@code newBars == 0}
 * @param lastNew     start of the last new bar, or {@code null} when {@code newBars == 0}
 * @param quality     the quality summary of the batch
 * @param drift       the drift summary against the active model's reference, or {@code null} when no
 *                    reference has been set yet (no model trained)
 * @param accepted    true when the batch passed the quality threshold and may be used for training;
 *                    a batch that failed is kept aside (quarantined) and never fed to training
 * @param at          when the update finished
 */
public record DataUpdate(String symbol, BarInterval interval, int newBars, Instant firstNew, Instant lastNew,
                         QualitySummary quality, DriftSummary drift, boolean accepted, Instant at) {

    /** Checks required fields and that an accepted batch really passed its quality threshold. */
    public DataUpdate {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(at, "at");
        if (newBars < 0) {
            throw new IllegalArgumentException("newBars must be >= 0 but was " + newBars);
        }
        if (accepted && !quality.passed()) {
            throw new IllegalArgumentException("a batch with quality " + quality.score() + " below threshold "
                    + quality.threshold() + " cannot be accepted");
        }
    }

    /** @return the drift summary when a reference exists */
    public Optional<DriftSummary> driftSummary() {
        return Optional.ofNullable(drift);
    }
}
