package io.deepscalper.continuous;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.nn.ParameterSet;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * Evaluates parameters with the greedy policy and the raw reward on held-out sessions, as the
 * backtester does. Candidate, champion and the flat policy are always evaluated by the same evaluator on
 * the same sessions, so the validation gate compares like with like, session by session.
 */
public interface ModelEvaluator {

    /**
     * @param parameters the model to evaluate
     * @param heldOut    the held-out sessions, one series per symbol
     * @return the performance metrics by name ({@code sharpe}, {@code total_return}, {@code max_drawdown} ...)
     *         and the return of every held-out session (with several symbols, the mean over the symbols
     *         trading that date)
     */
    ModelEvaluation evaluate(ParameterSet parameters, List<SessionSeries> heldOut);

    /**
     * The flat policy on the same sessions. The default is exact for an environment that charges nothing
     * without a position: every session returns 0. An evaluator whose environment has a cost of standing
     * aside overrides it.
     *
     * @param heldOut the held-out sessions, one series per symbol
     * @return the evaluation of never trading
     */
    default ModelEvaluation flat(List<SessionSeries> heldOut) {
        return ModelEvaluation.flat(sessionDates(heldOut));
    }

    /** @return the distinct session dates of {@code heldOut}, ascending */
    static List<LocalDate> sessionDates(List<SessionSeries> heldOut) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (SessionSeries s : heldOut) {
            s.sessions().forEach(t -> dates.add(t.date()));
        }
        return List.copyOf(dates);
    }

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
