package io.deepscalper.core.replay;

/**
 * Reused buffers for one sampled batch. Created once for a batch size and observation size;
 * {@link PrioritizedReplay#sample} fills them without allocating.
 */
public final class ReplayBatch {
    /** Batch size. */
    public final int size;
    /** Observation length. */
    public final int observationSize;
    /** Replay slots sampled, for priority updates. */
    public final int[] indices;
    /** Row-major {@code [size, observationSize]} observations. */
    public final float[] observations;
    /** Row-major {@code [size, observationSize]} next observations. */
    public final float[] nextObservations;
    /** Packed actions. */
    public final int[] actions;
    /** Hindsight-shaped rewards (what the learner trains on). */
    public final float[] rewards;
    /** Raw rewards. */
    public final float[] rawRewards;
    /** Auxiliary volatility targets. */
    public final float[] auxTargets;
    /** 1 when the episode ended, else 0. */
    public final float[] dones;
    /** Environment steps each transition spans (see {@link Transition#steps}); 1 until a batch is sampled. */
    public final int[] steps;
    /** Importance-sampling weights, normalised so the largest possible weight is 1. */
    public final float[] weights;

    /**
     * @param size            batch size
     * @param observationSize observation length
     */
    public ReplayBatch(int size, int observationSize) {
        if (size < 1 || observationSize < 1) {
            throw new IllegalArgumentException("batch size and observation size must be >= 1 but were " + size
                    + " and " + observationSize);
        }
        this.size = size;
        this.observationSize = observationSize;
        this.indices = new int[size];
        this.observations = new float[size * observationSize];
        this.nextObservations = new float[size * observationSize];
        this.actions = new int[size];
        this.rewards = new float[size];
        this.rawRewards = new float[size];
        this.auxTargets = new float[size];
        this.dones = new float[size];
        this.steps = new int[size];
        java.util.Arrays.fill(steps, 1);
        this.weights = new float[size];
    }
}
