package io.deepscalper.core.nn.optim;

import java.util.Arrays;

/** Whole-vector loops of the learner that the JIT vectorises: the soft target update and sums of squares. */
public final class FlatOps {
    /**
     * Lane count of the partial sums in {@link #sumOfSquares}. Summing squares element-wise into this many
     * independent lanes is a loop without a loop-carried dependency, which the JIT turns into vector code; a
     * plain running sum is not vectorised, because reordering floating-point additions changes the result.
     */
    static final int LANES = 64;

    private FlatOps() {
    }

    /**
     * {@code target += tau (online - target)} on {@code [from, to)}; {@code tau = 1} copies exactly.
     *
     * @param target moved towards {@code online}, in place
     * @param online the values followed
     * @param tau    step, in (0, 1]
     * @param from   first index
     * @param to     one past the last index
     */
    public static void softUpdate(float[] target, float[] online, float tau, int from, int to) {
        if (tau == 1f) {
            System.arraycopy(online, from, target, from, to - from);
            return;
        }
        for (int i = from; i < to; i++) {
            target[i] += tau * (online[i] - target[i]);
        }
    }

    /**
     * Sum of squares of {@code values[from, to)}: squares are summed element-wise in {@link #LANES} float lanes,
     * and the lanes are flushed into a double every {@code LANES} rows, so that no float lane sums more than
     * {@code LANES} values (relative error about 1e-6 even for a million values).
     *
     * @param values the values
     * @param from   first index
     * @param to     one past the last index
     * @param lanes  scratch of at least {@link #LANES} floats (reused so that the call does not allocate)
     * @return the sum of squares
     */
    public static double sumOfSquares(float[] values, int from, int to, float[] lanes) {
        double sum = 0;
        int i = from;
        while (i + LANES <= to) {
            Arrays.fill(lanes, 0, LANES, 0f);
            int blockEnd = Math.min(to - LANES, i + (LANES - 1) * LANES);
            for (; i <= blockEnd; i += LANES) {
                for (int j = 0; j < LANES; j++) {
                    float x = values[i + j];
                    lanes[j] += x * x;
                }
            }
            for (int j = 0; j < LANES; j++) {
                sum += lanes[j];
            }
        }
        for (; i < to; i++) {
            sum += (double) values[i] * values[i];
        }
        return sum;
    }

    /** @return a scratch array for {@link #sumOfSquares} */
    public static float[] newLanes() {
        return new float[LANES];
    }
}
