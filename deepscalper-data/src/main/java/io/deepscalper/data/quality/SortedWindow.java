package io.deepscalper.data.quality;

import java.util.Arrays;

/**
 * A small sorted multiset of doubles for rolling medians: insert and remove by binary search and an array
 * shift, O(capacity) per step with a tiny constant, instead of a selection over the whole window per bar.
 * Values must not be NaN.
 */
final class SortedWindow {
    private final double[] values;
    private int size;

    SortedWindow(int capacity) {
        values = new double[capacity];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void add(double v) {
        int at = Arrays.binarySearch(values, 0, size, v);
        if (at < 0) {
            at = -at - 1;
        }
        System.arraycopy(values, at, values, at + 1, size - at);
        values[at] = v;
        size++;
    }

    /** Removes one copy of {@code v}, which must be present. */
    void remove(double v) {
        int at = Arrays.binarySearch(values, 0, size, v);
        if (at < 0) {
            throw new IllegalStateException("value " + v + " is not in the window");
        }
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
    }

    /** @return the median of the values held; NaN when empty */
    double median() {
        if (size == 0) {
            return Double.NaN;
        }
        int mid = size / 2;
        return (size & 1) == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
