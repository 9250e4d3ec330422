package io.deepscalper.continuous;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cycle's trigger evaluation: every enabled trigger in registration order, each decision stored as a
 * {@link TriggerEvent} with its reason. The first trigger that fires names the retrain; later ones that fire are
 * merged into it (one retrain per cycle), and any of them asking for a full retrain makes it full. A trigger that
 * throws or returns nothing holds, so one broken plug-in cannot stop the loop.
 *
 * @param events   one event per enabled trigger, in order
 * @param first    the first trigger that fired, or null
 * @param decision its decision, or null
 * @param full     whether any firing trigger required a full retrain
 */
record TriggerRound(List<TriggerEvent> events, RetrainTrigger first, TriggerDecision decision, boolean full) {
    private static final Logger LOG = LoggerFactory.getLogger(TriggerRound.class);

    /** @return whether a trigger fired */
    boolean fired() {
        return first != null;
    }

    static TriggerRound evaluate(List<RetrainTrigger> triggers, TriggerContext context,
                                 ContinuousTrainingConfig config, Clock clock) {
        List<TriggerEvent> events = new ArrayList<>();
        RetrainTrigger first = null;
        TriggerDecision firstDecision = null;
        boolean full = false;
        for (RetrainTrigger t : triggers) {
            if (!config.triggerEnabled(t.name())) {
                continue;
            }
            TriggerDecision d = decide(t, context);
            if (d.fire() && first == null) {
                first = t;
                firstDecision = d;
            }
            full |= d.fire() && d.requireFull();
            events.add(new TriggerEvent(clock.millis(), t.name(), d.fire(), d.reason(),
                    d.fire() ? (first == t ? "retrain" : "retrain (merged into " + first.name() + ")") : "none",
                    Map.of()));
        }
        return new TriggerRound(List.copyOf(events), first, firstDecision, full);
    }

    private static TriggerDecision decide(RetrainTrigger t, TriggerContext context) {
        try {
            TriggerDecision d = t.evaluate(context);
            return d != null ? d : TriggerDecision.hold("trigger returned no decision");
        } catch (RuntimeException e) {
            LOG.warn("Trigger '{}' failed and is treated as not firing: {}", t.name(), e.toString());
            return TriggerDecision.hold("trigger failed: " + e);
        }
    }
}
