package io.deepscalper.api.metrics;

import java.util.Map;
import java.util.Objects;

/**
 * One evaluation of a retraining trigger by the orchestrator, fired or not, kept so that a person can
 * see later why a model was (or was not) retrained.
 *
 * @param timestampMillis epoch millis of the decision
 * @param trigger         the trigger's provider name, e.g. {@code schedule}, {@code drift}, {@code health}
 * @param fired           whether it asked for retraining
 * @param reason          the trigger's explanation
 * @param action          what the orchestrator did, e.g. {@code retrain}, {@code none}, {@code skipped: trainer busy}
 * @param details         numbers behind the decision (statistic, threshold, p-value), by name
 */
public record TriggerEvent(long timestampMillis, String trigger, boolean fired, String reason, String action,
                           Map<String, Double> details) {

    /** Rejects missing names and copies the details. */
    public TriggerEvent {
        Objects.requireNonNull(trigger, "trigger");
        reason = reason == null ? "" : reason;
        action = action == null ? "" : action;
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
