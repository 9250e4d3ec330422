package io.deepscalper.continuous.trigger;

import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;

/** Fires on a pending {@code deepscalper retrain} request, full when the request says {@code --full}. */
public final class ManualTrigger implements RetrainTrigger {
    /** Name stored with every firing. */
    public static final String NAME = "manual";

    @Override
    public String name() {
        return NAME;
    }

    /** Manual requests win over every other reason, so their {@code --full} flag is honoured. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public TriggerDecision evaluate(TriggerContext context) {
        if (context.manualRequest().isEmpty()) {
            return TriggerDecision.hold("no manual request");
        }
        RetrainRequest r = context.manualRequest().get();
        String what = "manual request by " + r.requestedBy() + " at " + r.requestedAt()
                + (r.symbol() == null ? "" : " for " + r.symbol());
        return r.full() ? TriggerDecision.fireFull(what + " (full)") : TriggerDecision.fire(what);
    }
}
