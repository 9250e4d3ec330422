package io.deepscalper.continuous;

import io.deepscalper.api.metrics.TriggerEvent;
import java.util.List;
import java.util.Optional;

/**
 * What one orchestrator cycle did.
 *
 * @param cycle    the cycle number in this working directory (1-based)
 * @param triggers every trigger's decision, fired or not
 * @param retrain  the retrain it ran, if any
 * @param probation the champion's probation if this cycle decided it (kept, rolled back, or ended)
 */
public record CycleReport(long cycle, List<TriggerEvent> triggers, Optional<RetrainReport> retrain,
                          Optional<Probation> probation) {

    /** Copies the list. */
    public CycleReport {
        triggers = List.copyOf(triggers);
    }

    /** @return the names of the triggers that fired */
    public List<String> fired() {
        return triggers.stream().filter(TriggerEvent::fired).map(TriggerEvent::trigger).toList();
    }
}
