package io.deepscalper.core.nn.optim;

/**
 * Adam over one flat parameter vector, in a single fused pass per step.
 *
 * <p>The form is DJL's (MXNet's), which the learner has always used:
 * {@code g = scale * grad; m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
 * w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps)}. {@code scale} carries gradient clipping.
 *
 * <p>Why not the engine's Adam: DJL's native Adam makes about a dozen full passes over the parameters (a
 * gradient clone, the weight-decay add even when decay is zero, the moments, a square root, a sum, a product,
 * a quotient), each a separate native operation with its own allocation; this loop reads and writes each
 * value once and the JIT compiles it to vector instructions.
 *
 * <p>A step is {@link #begin(double, double) begun} once, then {@link #apply(float[], float[], int, int) applied}
 * to disjoint ranges, possibly from several threads. Not thread-safe otherwise.
 */
public final class FlatAdam {
    private final float[] mean;
    private final float[] variance;
    private final double beta1;
    private final double beta2;
    private final float epsilon;
    private long steps;
    // coefficients of the step in progress
    private float gradScale;
    private float stepSize;

    /**
     * @param size    number of parameters
     * @param beta1   first-moment decay, in [0, 1)
     * @param beta2   second-moment decay, in [0, 1)
     * @param epsilon added to the root of the second moment, positive
     */
    public FlatAdam(int size, double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must lie in [0, 1) but were " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam epsilon must be positive but was " + epsilon);
        }
        this.mean = new float[size];
        this.variance = new float[size];
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = (float) epsilon;
    }

    /** @return number of parameters */
    public int size() {
        return mean.length;
    }

    /** @return steps begun so far (the {@code t} of the bias correction) */
    public long steps() {
        return steps;
    }

    /**
     * Starts a step: counts it and fixes its coefficients.
     *
     * @param learningRate base learning rate
     * @param gradScale    factor applied to every gradient first (1, or the clipping factor)
     */
    public void begin(double learningRate, double gradScale) {
        steps++;
        double correction = Math.sqrt(1 - StrictMath.pow(beta2, steps)) / (1 - StrictMath.pow(beta1, steps));
        this.gradScale = (float) gradScale;
        this.stepSize = (float) (learningRate * correction);
    }

    /**
     * Applies the step begun last to {@code weights[from, to)}.
     *
     * @param weights   parameters, updated in place
     * @param gradients gradients at the same positions
     * @param from      first index
     * @param to        one past the last index
     */
    public void apply(float[] weights, float[] gradients, int from, int to) {
        if (steps == 0) {
            throw new IllegalStateException("begin() a step before applying it");
        }
        final float[] m = mean;
        final float[] v = variance;
        final float b1 = (float) beta1;
        final float b2 = (float) beta2;
        final float c1 = (float) (1 - beta1);
        final float c2 = (float) (1 - beta2);
        final float scale = gradScale;
        final float step = stepSize;
        final float eps = epsilon;
        for (int i = from; i < to; i++) {
            float g = gradients[i] * scale;
            float mi = b1 * m[i] + c1 * g;
            float vi = b2 * v[i] + c2 * g * g;
            m[i] = mi;
            v[i] = vi;
            weights[i] -= step * mi / ((float) Math.sqrt(vi) + eps);
        }
    }

    /**
     * One whole step over all parameters on the calling thread.
     *
     * @param weights      parameters, updated in place
     * @param gradients    gradients
     * @param learningRate base learning rate
     * @param gradScale    factor applied to every gradient first
     */
    public void step(float[] weights, float[] gradients, double learningRate, double gradScale) {
        begin(learningRate, gradScale);
        apply(weights, gradients, 0, mean.length);
    }

    /** @return a copy of the first moments */
    public float[] mean() {
        return mean.clone();
    }

    /** @return a copy of the second moments */
    public float[] variance() {
        return variance.clone();
    }

    /**
     * Restores the state of a checkpoint.
     *
     * @param mean     first moments
     * @param variance second moments
     * @param steps    steps taken
     */
    public void restore(float[] mean, float[] variance, long steps) {
        if (mean.length != this.mean.length || variance.length != this.variance.length) {
            throw new IllegalArgumentException("optimizer state has " + mean.length + "/" + variance.length
                    + " values but the network has " + this.mean.length + " parameters");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("Adam step count must be >= 0 but was " + steps);
        }
        System.arraycopy(mean, 0, this.mean, 0, mean.length);
        System.arraycopy(variance, 0, this.variance, 0, variance.length);
        this.steps = steps;
    }
}
