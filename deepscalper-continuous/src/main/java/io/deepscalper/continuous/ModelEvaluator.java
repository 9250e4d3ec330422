package io.deepscalper.continuous;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import java.util.List;
import java.util.Map;

/**
 * Evaluates parameters with the greedy policy and the raw reward on held-out sessions, as the
 * backtester does. Candidate and champion are always evaluated by the same evaluator on the same
 * sessions, so the validation gate compares like with like.
 */
public interface ModelEvaluator {

    /**
     * @param parameters the model to evaluate
     * @param heldOut    the held-out sessions, one series per symbol
     * @return the performance metrics by name ({@code sharpe}, {@code total_return}, {@code max_drawdown} ...)
     */
    Map<String, Double> evaluate(ParameterSet parameters, List<SessionSeries> heldOut);
}
