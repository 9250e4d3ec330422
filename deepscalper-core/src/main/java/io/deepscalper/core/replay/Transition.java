package io.deepscalper.core.replay;

/**
 * A mutable, reusable holder for one transition being added to replay (so that adding does not
 * allocate). Observations are not stored: they are rebuilt from the series and bar indices.
 */
public final class Transition {
    /** Series id the bars come from. */
    public int seriesId;
    /** Bar at whose close the action was decided. */
    public int barIndex;
    /** Bar of the next observation. */
    public int nextBarIndex;
    /** Private state before the step: position fraction, cash over equity, session time left. */
    public final float[] stateBefore = new float[3];
    /** Private state after the step. */
    public final float[] stateAfter = new float[3];
    /** Packed action {@code priceBin * quantityBins + quantityBin}. */
    public int action;
    /** Raw scaled reward (evaluation reward). */
    public float rawReward;
    /** Hindsight-shaped reward (training reward). */
    public float hindsightReward;
    /** Auxiliary volatility target of the decision bar. */
    public float auxTarget;
    /** True when the episode ended within the steps this transition spans. */
    public boolean done;
    /**
     * Environment steps the transition spans (n-step returns): its rewards are the discounted sums over them and
     * its next observation is the one after the last of them, so the learner discounts the bootstrap by
     * {@code gamma^steps}. 1 for a one-step transition.
     */
    public int steps = 1;
}
