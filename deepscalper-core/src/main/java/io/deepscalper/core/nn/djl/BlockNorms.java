package io.deepscalper.core.nn.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import io.deepscalper.core.nn.ParameterLayout;
import java.util.List;

/**
 * Per-parameter L2 norms of tensors laid out like the network's parameter blocks (weights or their
 * gradients), in canonical parameter order.
 *
 * <p>Several canonical parameters share one block (the fused first layer of the heads), so the norms
 * are summed from per-row sums of squares of each block; all blocks come back to Java in one transfer.
 */
final class BlockNorms {
    private final List<ParameterLayout.Block> blocks;
    /** For every canonical parameter: its block, and its first and one-past-last row there. */
    private final int[][] slotRows;
    /** Offset of each block's first row in the concatenated per-row sums. */
    private final int[] blockRowStart;

    BlockNorms(ParameterLayout layout) {
        this.blocks = layout.blocks();
        this.slotRows = slotRowRanges(layout);
        this.blockRowStart = new int[blocks.size()];
        for (int i = 1; i < blockRowStart.length; i++) {
            blockRowStart[i] = blockRowStart[i - 1] + (int) blocks.get(i - 1).shape()[0];
        }
    }

    private static int[][] slotRowRanges(ParameterLayout layout) {
        List<String> names = layout.canonicalNames();
        List<ParameterLayout.Block> blocks = layout.blocks();
        int[][] out = new int[names.size()][];
        for (int n = 0; n < names.size(); n++) {
            ParameterLayout.Slot s = layout.slot(names.get(n));
            for (int b = 0; b < blocks.size(); b++) {
                ParameterLayout.Block blk = blocks.get(b);
                if (s.offset() >= blk.offset() && s.offset() < blk.offset() + blk.length()) {
                    int rowLen = blk.shape().length == 2 ? (int) blk.shape()[1] : 1;
                    int first = (s.offset() - blk.offset()) / rowLen;
                    out[n] = new int[] {b, first, first + s.length() / rowLen};
                }
            }
        }
        return out;
    }

    /**
     * @param tensors one tensor per block, shaped like the block
     * @param out     receives each canonical parameter's L2 norm
     * @return the global L2 norm over all blocks
     */
    double compute(NDArray[] tensors, double[] out) {
        NDArray[] rowSums = new NDArray[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            NDArray sq = tensors[i].mul(tensors[i]);
            // shapes come from the layout: asking a fresh gradient wrapper for its shape is a native call each time
            rowSums[i] = blocks.get(i).shape().length == 2 ? sq.sum(new int[] {1}) : sq;
        }
        float[] rows = NDArrays.concat(new NDList(rowSums)).toFloatArray();
        double total = 0;
        for (int n = 0; n < out.length; n++) {
            int[] r = slotRows[n];
            double s = 0;
            for (int k = r[1]; k < r[2]; k++) {
                s += rows[blockRowStart[r[0]] + k];
            }
            total += s;
            out[n] = Math.sqrt(s);
        }
        return Math.sqrt(total);
    }
}
