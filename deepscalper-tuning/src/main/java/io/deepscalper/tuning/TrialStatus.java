package io.deepscalper.tuning;

/** How a trial ended. */
public enum TrialStatus {
    /** every step ran; the trial is a candidate */
    COMPLETED,
    /** stopped by successive halving at a checkpoint */
    STOPPED_EARLY,
    /** stopped because the search's wall-time budget ran out */
    STOPPED_BUDGET,
    /** its settings could not train (an error, recorded with its message) */
    FAILED
}
