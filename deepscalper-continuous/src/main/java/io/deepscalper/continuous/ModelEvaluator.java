package io.deepscalper.continuous;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelMetadata;
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

    /**
     * The evaluator for a registered version, which may have been trained under another configuration
     * (a longer lookback, other bins, other layer widths): its parameters only fit the network shape and
     * the environment stored in its metadata, so a champion from before a config change is evaluated
     * under its own settings, on the same sessions as the candidate.
     *
     * @param model the version's metadata (network shape, config tree)
     * @return an evaluator for that version; by default this one, for evaluators that do not depend on the shape
     */
    default ModelEvaluator forModel(ModelMetadata model) {
        return this;
    }
}
