package io.deepscalper.tuning;

import java.util.List;

/**
 * Runs a batch of trials and returns their results in the batch's order. {@link LocalTrialExecutor} uses
 * threads of this process; the {@code deepscalper-spark} module runs them as Spark tasks. Every
 * implementation runs each spec with a {@link TrialRunner}, so results do not depend on where they ran.
 */
public interface TrialExecutor {

    /**
     * @param ctx    the data and base settings every trial shares
     * @param runner the trial runner (with the search's early-stopping rule)
     * @param batch  the trials, run concurrently as far as the executor allows
     * @return one result per spec, in the same order
     */
    List<TrialResult> run(TrialContext ctx, TrialRunner runner, List<TrialSpec> batch);

    /** @return how many trials this executor runs at the same time (the batch size the tuner uses) */
    int parallelism();
}
