package io.deepscalper.continuous.trigger;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;

/**
 * Fires a full retrain when the champion's latest health report is critical (NaN weights, exploded
 * gradients): continuing a broken model incrementally would keep it broken, so fresh parameters are
 * asked for. Warnings are logged by the monitor but do not retrain.
 */
public final class ModelHealthTrigger implements RetrainTrigger {
    /** Name stored with every firing. */
    public static final String NAME = "model_health";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TriggerDecision evaluate(TriggerContext context) {
        if (context.health().isEmpty()) {
            return TriggerDecision.hold("no health report yet");
        }
        HealthReport report = context.health().get();
        if (report.isCritical()) {
            return TriggerDecision.fireFull("model health critical at step " + report.step() + ": "
                    + report.summary());
        }
        return TriggerDecision.hold("model health " + report.summary());
    }
}
