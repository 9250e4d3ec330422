package io.deepscalper.continuous.trigger;

import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import java.util.OptionalDouble;

/**
 * Performance degradation: fires when the champion's latest evaluation value of
 * {@code performanceMetric} is below {@code performanceThreshold}, when the trend test classifies the
 * recent evaluations as significantly degrading, or when the streaming change detector fired.
 */
public final class PerformanceTrigger implements RetrainTrigger {
    /** Name stored with every firing. */
    public static final String NAME = "performance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TriggerDecision evaluate(TriggerContext context) {
        String metric = context.config().performanceMetric();
        OptionalDouble latest = context.latestPerformance();
        if (latest.isPresent() && latest.getAsDouble() < context.config().performanceThreshold()) {
            return TriggerDecision.fire(String.format("%s %.4f is below the threshold %.4f", metric,
                    latest.getAsDouble(), context.config().performanceThreshold()));
        }
        if (context.performance().trend() == PerformanceTrend.DEGRADING) {
            return TriggerDecision.fire(metric + " is degrading: " + context.performance().detail());
        }
        if (context.performance().changeDetected()) {
            return TriggerDecision.fire("change detector fired on returns: " + context.performance().detail());
        }
        return TriggerDecision.hold(latest.isPresent()
                ? String.format("%s %.4f, trend %s", metric, latest.getAsDouble(), context.performance().trend())
                : "no evaluation yet");
    }
}
