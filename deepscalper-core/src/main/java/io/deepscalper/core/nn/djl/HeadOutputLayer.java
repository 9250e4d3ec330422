package io.deepscalper.core.nn.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterLayout;
import java.nio.FloatBuffer;

/**
 * The output layers of the four heads as one block-diagonal matrix {@code [1 + P + Q + 1, 3h + a]} and one bias
 * vector, kept as engine tensors next to the flat parameters, so that a forward pass computes all outputs with a
 * single product on the fused hidden layer.
 *
 * <p>Why a copy: the four small products on column slices of the hidden layer, or a block-diagonal matrix
 * assembled from the flat parameters by concatenation in every forward pass, cost about half a millisecond per
 * pass at batch 256 in dispatch and thread synchronisation, more than the arithmetic. The copy is refreshed
 * whenever the flat parameters are written (about 9,000 values), its zero blocks are never written, and the
 * gradient of its diagonal blocks is what the learner reads for these parameters.
 *
 * <p>Row layout, matching {@link io.deepscalper.core.dqn.BranchingDqnLoss}: value, price advantages, quantity
 * advantages, aux. Not thread-safe.
 */
final class HeadOutputLayer {
    private static final String[] HEADS = {"value", "price", "quantity", "aux"};

    private final NDArray weight;
    private final NDArray bias;
    private final FloatBuffer weightView;
    private final FloatBuffer biasView;
    private final int columns;
    /** Per head: flat offset of its weight, rows, row length, first row and first column in the matrix. */
    private final int[][] weightBlocks;
    /** Per head: flat offset of its bias, its length and first row in the matrix. */
    private final int[][] biasBlocks;

    HeadOutputLayer(NDManager manager, ParameterLayout layout) {
        NetworkConfig c = layout.config();
        int h = c.headHidden();
        int rows = c.priceBins() + c.quantityBins() + 2;
        this.columns = 3 * h + c.auxHidden();
        this.weight = manager.zeros(new Shape(rows, columns));
        this.bias = manager.zeros(new Shape(rows));
        this.weightView = NativeFloats.alias(weight);
        this.biasView = NativeFloats.alias(bias);
        this.weightBlocks = new int[HEADS.length][];
        this.biasBlocks = new int[HEADS.length][];
        int row = 0;
        for (int i = 0; i < HEADS.length; i++) {
            ParameterLayout.Slot w = layout.slot(HEADS[i] + ".1.weight");
            ParameterLayout.Slot b = layout.slot(HEADS[i] + ".1.bias");
            int n = (int) w.shape()[0];
            weightBlocks[i] = new int[] {w.offset(), n, (int) w.shape()[1], row, i * h};
            biasBlocks[i] = new int[] {b.offset(), b.length(), row};
            row += n;
        }
    }

    /** @return the block-diagonal weight, {@code [outputs, hidden]} */
    NDArray weight() {
        return weight;
    }

    /** @return the bias, {@code [outputs]} */
    NDArray bias() {
        return bias;
    }

    /** Copies the four heads' output weights and biases from flat parameters into the matrix and bias. */
    void refresh(float[] flat) {
        for (int[] w : weightBlocks) {
            for (int r = 0; r < w[1]; r++) {
                weightView.put((w[3] + r) * columns + w[4], flat, w[0] + r * w[2], w[2]);
            }
        }
        for (int[] b : biasBlocks) {
            biasView.put(b[2], flat, b[0], b[1]);
        }
    }

    /**
     * Copies the gradients of the diagonal blocks into a flat gradient vector (the zero blocks' gradients are
     * not parameters and are dropped).
     *
     * @param weightGradient gradient of a leaf standing for {@link #weight()}
     * @param biasGradient   gradient of a leaf standing for {@link #bias()}
     * @param flat           flat gradient vector, written at the four heads' output-layer slots
     */
    void gatherGradients(NDArray weightGradient, NDArray biasGradient, float[] flat) {
        FloatBuffer wg = NativeFloats.read(weightGradient);
        FloatBuffer bg = NativeFloats.read(biasGradient);
        for (int[] w : weightBlocks) {
            for (int r = 0; r < w[1]; r++) {
                wg.get((w[3] + r) * columns + w[4], flat, w[0] + r * w[2], w[2]);
            }
        }
        for (int[] b : biasBlocks) {
            bg.get(b[2], flat, b[0], b[1]);
        }
    }
}
