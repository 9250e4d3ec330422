package io.deepscalper.paper.risk;

import java.util.List;

/**
 * What the risk guard allows of one order.
 *
 * @param asked    the signed shares the model asked for
 * @param allowed  the signed shares that may be submitted (same sign, never more; 0: none)
 * @param flatten  whether the position must be closed now (the kill switch tripped, or the session is about to
 *                 close)
 * @param breaches the limits that applied, each with its reason (empty when the order passed untouched)
 */
public record RiskDecision(long asked, long allowed, boolean flatten, List<Breach> breaches) {
    /** Copies the breaches. */
    public RiskDecision {
        breaches = List.copyOf(breaches);
    }
}
