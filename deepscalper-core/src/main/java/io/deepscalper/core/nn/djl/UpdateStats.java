package io.deepscalper.core.nn.djl;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Reused holder for the statistics of one learner update (so that an update does not allocate
 * its results). Valid until the next update.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class UpdateStats {
    /** Total loss. */
    public double loss;
    /** Importance-weighted TD loss averaged over the two branches. */
    public double qLoss;
    /** Auxiliary MSE. */
    public double auxLoss;
    /** Global gradient L2 norm before clipping. */
    public double gradNorm;
    /** Per-parameter gradient L2 norms, in {@code ParameterLayout#canonicalNames()} order. */
    public final double[] layerGradNorms;
    /** Per-parameter weight L2 norms after the update, in canonical order. */
    public final double[] layerWeightNorms;
    /** Names of the phases timed in {@link #phaseNanos}. */
    public static final String[] PHASES = {"upload", "targets", "forward+backward", "gradients+norms",
        "adam+target+weight norms+write-back"};
    /** Wall time of each phase of the last update, in nanoseconds (for profiling). */
    public final long[] phaseNanos = new long[PHASES.length];
    /** TD error of the price branch per sample, {@code Q - y}. */
    public final float[] tdPrice;
    /** TD error of the quantity branch per sample. */
    public final float[] tdQuantity;

    /**
     * @param parameters number of named parameters
     * @param batch      batch size
     */
    public UpdateStats(int parameters, int batch) {
        layerGradNorms = new double[parameters];
        layerWeightNorms = new double[parameters];
        tdPrice = new float[batch];
        tdQuantity = new float[batch];
    }
}
