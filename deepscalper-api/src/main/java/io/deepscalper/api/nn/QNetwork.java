package io.deepscalper.api.nn;

import java.util.Map;

/**
 * The branching dueling Q-network behind a small engine-neutral interface, so that another engine
 * (or ONNX Runtime for inference) can be plugged in. The default implementation uses DJL with the
 * PyTorch engine.
 *
 * <p>Implementations are not thread-safe unless they say so.
 */
public interface QNetwork extends AutoCloseable {

    /** @return the layer sizes */
    NetworkConfig config();

    /**
     * Forward pass over a batch.
     *
     * @param observations row-major {@code [batch, inputSize]}
     * @param batch        number of rows
     * @return all heads
     */
    QOutputs forward(float[] observations, int batch);

    /**
     * Greedy action for one observation: the argmax of each branch.
     *
     * @param observation {@code inputSize} values
     * @return {@code priceBin * quantityBins + quantityBin}; decode with {@link #priceBin} and {@link #quantityBin}
     */
    int act(float[] observation);

    /** @return a copy of the current parameters in canonical order */
    ParameterSet parameters();

    /**
     * Replaces the parameters (warm start, checkpoint restore, registry load).
     *
     * @throws IllegalArgumentException when names or shapes do not match {@link #config()}
     */
    void setParameters(ParameterSet parameters);

    /**
     * Post-activation outputs of every hidden layer, for health monitoring (dead ReLU share,
     * activation mean and spread).
     *
     * @param observations row-major {@code [batch, inputSize]}
     * @param batch        number of rows
     * @return layer name (e.g. {@code trunk.0}) to row-major {@code [batch, width]} activations
     */
    Map<String, float[]> activations(float[] observations, int batch);

    /** Releases native memory. */
    @Override
    void close();

    /** @return the price bin of an action packed by {@link #act} */
    static int priceBin(int packedAction, int quantityBins) {
        return packedAction / quantityBins;
    }

    /** @return the quantity bin of an action packed by {@link #act} */
    static int quantityBin(int packedAction, int quantityBins) {
        return packedAction % quantityBins;
    }

    /**
     * The greedy choice within one branch: the first index of the largest of {@code values[from, from + length)}
     * (ties go to the lower bin, as in PyTorch's {@code argmax}).
     *
     * @param values row-major outputs
     * @param from   first value of the branch
     * @param length bins in the branch
     * @return the chosen bin, {@code 0 <= bin < length}
     */
    static int argmax(float[] values, int from, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (values[from + i] > values[from + best]) {
                best = i;
            }
        }
        return best;
    }
}
