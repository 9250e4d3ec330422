package io.deepscalper.api.model;

/** How a version was trained. */
public enum TrainingKind {
    /** From freshly initialised weights. */
    FULL,
    /** Warm-started from a parent version's weights and fine-tuned on newer data. */
    INCREMENTAL
}
