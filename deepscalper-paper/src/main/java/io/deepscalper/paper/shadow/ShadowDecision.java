package io.deepscalper.paper.shadow;

import io.deepscalper.paper.decide.Decision;
import io.deepscalper.paper.risk.RiskDecision;

/**
 * The challenger's decision on one bar and what the risk limits made of it.
 *
 * @param decision the model's decision
 * @param risk     the shares allowed, and the breaches (not journalled: no real order was at stake)
 */
public record ShadowDecision(Decision decision, RiskDecision risk) {
}
