package io.deepscalper.continuous.trigger;

import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import java.time.Duration;
import java.time.Instant;

/**
 * Fires when no model exists yet, or when {@code retrainIntervalHours} have passed on the
 * orchestrator's clock since the last retrain.
 */
public final class ScheduledTrigger implements RetrainTrigger {
    /** Name stored with every firing. */
    public static final String NAME = "scheduled";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TriggerDecision evaluate(TriggerContext context) {
        if (context.championVersion().isEmpty() && context.lastRetrain().isEmpty()) {
            return TriggerDecision.fire("no model trained yet: initial training");
        }
        if (context.lastRetrain().isEmpty()) {
            return TriggerDecision.fire("champion " + context.championVersion().get()
                    + " was not trained by this working directory's schedule yet");
        }
        Instant last = context.lastRetrain().get();
        Duration since = Duration.between(last, context.now());
        Duration interval = context.config().retrainInterval();
        if (since.compareTo(interval) >= 0) {
            return TriggerDecision.fire(String.format("%.1f h since the last retrain at %s (interval %.1f h)",
                    since.toMinutes() / 60.0, last, context.config().retrainIntervalHours()));
        }
        return TriggerDecision.hold(String.format("%.1f h of %.1f h elapsed", since.toMinutes() / 60.0,
                context.config().retrainIntervalHours()));
    }
}
