package io.deepscalper.core.nn.optim;

import io.deepscalper.api.nn.ParameterLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The per-update parameter arithmetic of the learner on flat {@code float[]} vectors: per-parameter gradient
 * norms, then one fused pass of Adam, the soft target update and the per-parameter weight norms.
 *
 * <p>The flat vector is cut into equal contiguous parts, one per thread ({@link PartRunner}); a part holds
 * pieces of one or more named parameters, so a parameter's norm is summed from the partial sums of the parts
 * that hold it. Results do not depend on timing: each part's sums are fixed by the partition and added in part
 * order.
 *
 * <p>Not thread-safe; close it to stop the worker threads.
 */
public final class FlatOptimizer implements AutoCloseable {
    private final FlatAdam adam;
    private final PartRunner runner;
    private final int size;
    private final int slots;
    /** Per part: the slot, first index and end index of each piece. */
    private final int[][] pieceSlot;
    private final int[][] pieceFrom;
    private final int[][] pieceTo;
    /** Per part and slot: partial sum of squares. */
    private final double[][] partial;
    private final float[][] lanes;
    private final PartRunner.Task normsTask = this::normsPart;
    private final PartRunner.Task stepTask = this::stepPart;
    // arguments of the run in progress; published to the workers by PartRunner's hand-off
    private float[] values;
    private float[] gradients;
    private float[] target;
    private float tau;

    /**
     * @param layout  where each named parameter lives in the flat vector
     * @param beta1   Adam first-moment decay
     * @param beta2   Adam second-moment decay
     * @param epsilon Adam epsilon
     * @param threads threads to split the work over (the caller and {@code threads - 1} workers)
     */
    public FlatOptimizer(ParameterLayout layout, double beta1, double beta2, double epsilon, int threads) {
        this.size = layout.size();
        this.adam = new FlatAdam(size, beta1, beta2, epsilon);
        int parts = Math.max(1, Math.min(threads, size / 4096 + 1));
        List<ParameterLayout.Slot> ordered = new ArrayList<>();
        for (String name : layout.canonicalNames()) {
            ordered.add(layout.slot(name));
        }
        this.slots = ordered.size();
        Integer[] bySlotOffset = new Integer[slots];
        for (int i = 0; i < slots; i++) {
            bySlotOffset[i] = i;
        }
        Arrays.sort(bySlotOffset, Comparator.comparingInt(i -> ordered.get(i).offset()));
        int expected = 0;
        for (int i : bySlotOffset) {
            if (ordered.get(i).offset() != expected) {
                throw new IllegalStateException("named parameters do not tile the flat vector at index " + expected);
            }
            expected += ordered.get(i).length();
        }
        if (expected != size) {
            throw new IllegalStateException("named parameters cover " + expected + " of " + size + " values");
        }
        this.pieceSlot = new int[parts][];
        this.pieceFrom = new int[parts][];
        this.pieceTo = new int[parts][];
        for (int p = 0; p < parts; p++) {
            // part boundaries on multiples of 16 floats keep vector loops aligned
            int start = p == 0 ? 0 : (int) ((long) size * p / parts) & ~15;
            int end = p == parts - 1 ? size : (int) ((long) size * (p + 1) / parts) & ~15;
            List<int[]> pieces = new ArrayList<>();
            for (int i : bySlotOffset) {
                ParameterLayout.Slot s = ordered.get(i);
                int from = Math.max(start, s.offset());
                int to = Math.min(end, s.offset() + s.length());
                if (from < to) {
                    pieces.add(new int[] {i, from, to});
                }
            }
            pieceSlot[p] = pieces.stream().mapToInt(x -> x[0]).toArray();
            pieceFrom[p] = pieces.stream().mapToInt(x -> x[1]).toArray();
            pieceTo[p] = pieces.stream().mapToInt(x -> x[2]).toArray();
        }
        this.partial = new double[parts][slots];
        this.lanes = new float[parts][];
        for (int p = 0; p < parts; p++) {
            lanes[p] = FlatOps.newLanes();
        }
        this.runner = new PartRunner(parts);
    }

    /** @return the Adam state (moments and step count) */
    public FlatAdam adam() {
        return adam;
    }

    /** @return threads the work is split over */
    public int parts() {
        return runner.parts();
    }

    /**
     * Per-parameter L2 norms of {@code gradients} (in canonical order) and the global norm.
     *
     * @param gradients flat vector
     * @param out       receives one norm per named parameter
     * @return the global L2 norm
     */
    public double norms(float[] gradients, double[] out) {
        checkSize(gradients);
        this.values = gradients;
        runner.run(normsTask);
        this.values = null;
        return collect(out);
    }

    /**
     * One optimiser step: Adam on {@code weights}, then (if {@code target} is not null)
     * {@code target += tau (weights - target)}, then the weight norms.
     *
     * @param weights       parameters, updated in place
     * @param grads         their gradients
     * @param learningRate  Adam's learning rate
     * @param gradScale     factor applied to the gradients (clipping)
     * @param targetWeights target parameters to move towards the new weights, or null for none this step
     * @param targetTau     soft-update step in (0, 1]
     * @param weightNorms   receives the norm of each named parameter after the step
     */
    public void step(float[] weights, float[] grads, double learningRate, double gradScale, float[] targetWeights,
                     float targetTau, double[] weightNorms) {
        checkSize(weights);
        checkSize(grads);
        if (targetWeights != null) {
            checkSize(targetWeights);
        }
        adam.begin(learningRate, gradScale);
        this.values = weights;
        this.gradients = grads;
        this.target = targetWeights;
        this.tau = targetTau;
        runner.run(stepTask);
        this.values = null;
        this.gradients = null;
        this.target = null;
        collect(weightNorms);
    }

    private void normsPart(int p) {
        double[] sums = partial[p];
        Arrays.fill(sums, 0);
        int[] slot = pieceSlot[p];
        for (int k = 0; k < slot.length; k++) {
            sums[slot[k]] += FlatOps.sumOfSquares(values, pieceFrom[p][k], pieceTo[p][k], lanes[p]);
        }
    }

    private void stepPart(int p) {
        int[] slot = pieceSlot[p];
        int[] from = pieceFrom[p];
        int[] to = pieceTo[p];
        double[] sums = partial[p];
        Arrays.fill(sums, 0);
        for (int k = 0; k < slot.length; k++) {
            adam.apply(values, gradients, from[k], to[k]);
            if (target != null) {
                FlatOps.softUpdate(target, values, tau, from[k], to[k]);
            }
            sums[slot[k]] += FlatOps.sumOfSquares(values, from[k], to[k], lanes[p]);
        }
    }

    private double collect(double[] out) {
        double total = 0;
        for (int s = 0; s < slots; s++) {
            double sum = 0;
            for (double[] part : partial) {
                sum += part[s];
            }
            total += sum;
            out[s] = Math.sqrt(sum);
        }
        return Math.sqrt(total);
    }

    private void checkSize(float[] v) {
        if (v.length != size) {
            throw new IllegalArgumentException("expected " + size + " values but got " + v.length);
        }
    }

    @Override
    public void close() {
        runner.close();
    }
}
