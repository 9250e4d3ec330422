package io.deepscalper.core.replay;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A complete binary tree over {@code capacity} leaves holding priorities, with the sum and the
 * minimum of every subtree, so that proportional sampling ({@link #find}) and priority updates are
 * {@code O(log n)} and the largest importance weight can be computed from {@link #min()}.
 *
 * <p>Sums are kept in {@code double}: 500k float priorities summed in float would lose the small ones.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SumTree {
    private final int capacity;
    private final int leaves;
    private final double[] sum;
    private final double[] min;

    /** @param capacity number of leaves, at least 1 */
    public SumTree(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1 but was " + capacity);
        }
        this.capacity = capacity;
        int l = 1;
        while (l < capacity) {
            l <<= 1;
        }
        this.leaves = l;
        this.sum = new double[2 * l];
        this.min = new double[2 * l];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    }

    /** @return number of leaves */
    public int capacity() {
        return capacity;
    }

    /**
     * @param index    leaf in {@code [0, capacity)}
     * @param priority non-negative, finite
     */
    public void set(int index, double priority) {
        if (index < 0 || index >= capacity) {
            throw new IndexOutOfBoundsException("leaf " + index + " outside [0, " + capacity + ")");
        }
        if (!(priority >= 0) || Double.isInfinite(priority)) {
            throw new IllegalArgumentException("priority must be finite and >= 0 but was " + priority);
        }
        int i = index + leaves;
        sum[i] = priority;
        min[i] = priority;
        i >>= 1;
        while (i >= 1) {
            sum[i] = sum[2 * i] + sum[2 * i + 1];
            min[i] = Math.min(min[2 * i], min[2 * i + 1]);
            i >>= 1;
        }
    }

    /** Empties a leaf: zero priority, and it no longer counts for {@link #min()}. */
    public void clear(int index) {
        set(index, 0);
        int i = index + leaves;
        min[i] = Double.POSITIVE_INFINITY;
        i >>= 1;
        while (i >= 1) {
            min[i] = Math.min(min[2 * i], min[2 * i + 1]);
            i >>= 1;
        }
    }

    /** @return the priority of a leaf */
    public double get(int index) {
        return sum[index + leaves];
    }

    /** @return the sum of all priorities */
    public double total() {
        return sum[1];
    }

    /** @return the smallest priority among leaves that were set (infinity when none) */
    public double min() {
        return min[1];
    }

    /**
     * Finds the leaf whose cumulative range contains {@code mass}.
     *
     * @param mass in {@code [0, total())}
     * @return leaf index with non-zero priority
     */
    public int find(double mass) {
        int i = 1;
        double m = mass;
        while (i < leaves) {
            int left = 2 * i;
            if (m < sum[left] || sum[left + 1] <= 0) {
                i = left;
            } else {
                m -= sum[left];
                i = left + 1;
            }
        }
        int leaf = i - leaves;
        // rounding can land on an empty leaf at the right edge; step back to the last non-empty one
        while (leaf > 0 && (leaf >= capacity || sum[leaf + leaves] <= 0)) {
            leaf--;
        }
        return leaf;
    }

    /** @return bytes held by the arrays */
    public long bytesHeld() {
        return 8L * sum.length + 8L * min.length;
    }
}
