package io.deepscalper.tuning;

import io.deepscalper.tuning.select.DeflatedSharpe;
import java.util.List;
import java.util.Optional;

/**
 * A finished search.
 *
 * @param searchId    the search's id (the metrics store's {@code search_id})
 * @param sampler     the sampler's name
 * @param trials      every trial, in trial order
 * @param best        the completed trial with the best validation score (ties: the lower number), if any
 * @param deflation   the best trial's deflated Sharpe ratio for the number of trials; null without a best
 * @param wallMillis  the search's wall time
 */
public record TuningResult(String searchId, String sampler, List<TrialResult> trials, Optional<TrialResult> best,
                           DeflatedSharpe deflation, long wallMillis) {
    /** Copies the trials. */
    public TuningResult {
        trials = List.copyOf(trials);
    }

    /** @return how many trials ended with {@code status} */
    public long count(TrialStatus status) {
        return trials.stream().filter(t -> t.status() == status).count();
    }
}
