package io.deepscalper.continuous;

/** How a retrain starts. */
public enum RetrainMode {
    /** Warm start from the champion's parameters and continue training it for the incremental steps. */
    INCREMENTAL,
    /** Fresh parameters, the full number of training steps. */
    FULL
}
