package io.deepscalper.monitoring.store;

/** A column of the training-metrics table that can be read as a downsampled series over steps. */
public enum TrainingSeries {
    /** Total loss per update. */
    LOSS("update", "loss"),
    /** TD loss per update. */
    Q_LOSS("update", "q_loss"),
    /** Auxiliary loss per update. */
    AUX_LOSS("update", "aux_loss"),
    /** Global gradient norm per update. */
    GRAD_NORM("update", "grad_norm"),
    /** Exploration rate per update. */
    EPSILON("update", "epsilon"),
    /** Episode return on raw reward. */
    RAW_RETURN("episode", "raw_return"),
    /** Episode return on hindsight-shaped reward. */
    HINDSIGHT_RETURN("episode", "hindsight_return");

    final String kind;
    final String column;

    TrainingSeries(String kind, String column) {
        this.kind = kind;
        this.column = column;
    }
}
