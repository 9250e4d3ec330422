package io.deepscalper.api.spi;

import java.util.Objects;

/**
 * The answer of one {@link RetrainTrigger}.
 *
 * @param fire        true to retrain now
 * @param reason      why (stored with the firing, shown by {@code deepscalper metrics}); never null
 * @param requireFull true when this firing asks for a full retrain from fresh parameters rather than
 *                    an incremental one (e.g. {@code retrain --full})
 */
public record TriggerDecision(boolean fire, String reason, boolean requireFull) {

    /** Rejects a null reason. */
    public TriggerDecision {
        Objects.requireNonNull(reason, "reason");
    }

    /** @return a firing decision, incremental or full as the orchestrator chooses */
    public static TriggerDecision fire(String reason) {
        return new TriggerDecision(true, reason, false);
    }

    /** @return a firing decision that asks for a full retrain */
    public static TriggerDecision fireFull(String reason) {
        return new TriggerDecision(true, reason, true);
    }

    /** @return a decision not to retrain, with why not (useful in debug logs) */
    public static TriggerDecision hold(String reason) {
        return new TriggerDecision(false, reason, false);
    }
}
