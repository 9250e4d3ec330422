package io.deepscalper.continuous.trigger;

import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;

/**
 * Performance degradation, on evidence: fires when the test of the champion's per-session P&L (the
 * orchestrator's {@code PerformanceAnalyzer}) found a drop (Page-Hinkley) or a significantly
 * degrading trend (Mann-Kendall or a slope test). A threshold on a metric over the last few sessions
 * is not used: a 3-session Sharpe ratio is so noisy that it is "below threshold" almost every cycle.
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
        if (context.championVersion().isEmpty()) {
            return TriggerDecision.hold("no champion to watch");
        }
        if (context.performance().changeDetected()) {
            return TriggerDecision.fire("the champion's per-session P&L dropped: " + context.performance().detail());
        }
        if (context.performance().trend() == PerformanceTrend.DEGRADING) {
            return TriggerDecision.fire("the champion's per-session P&L is degrading: "
                    + context.performance().detail());
        }
        return TriggerDecision.hold("per-session P&L " + context.performance().trend().name().toLowerCase(
                java.util.Locale.ROOT) + ": " + context.performance().detail());
    }
}
