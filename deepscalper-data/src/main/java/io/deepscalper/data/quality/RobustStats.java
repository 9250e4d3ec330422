package io.deepscalper.data.quality;

/** Median and median absolute deviation by quickselect (linear time, no boxing). */
final class RobustStats {
    /** Scale that makes the MAD a consistent estimate of a normal standard deviation. */
    static final double MAD_TO_SIGMA = 1.4826;

    private RobustStats() {
    }

    /** @return the median of {@code a[0..n)}; reorders {@code a} */
    static double median(double[] a, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        int mid = n / 2;
        double upper = select(a, 0, n - 1, mid);
        if ((n & 1) == 1) {
            return upper;
        }
        double lower = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < mid; i++) {
            lower = Math.max(lower, a[i]);
        }
        return (lower + upper) / 2;
    }

    /**
     * @return a robust standard deviation of {@code a[0..n)}: 1.4826 MAD, or 1.2533 times the mean
     *     absolute deviation when more than half the values are equal (MAD 0); 0 when all are equal
     */
    static double sigma(double[] a, int n, double median, double[] scratch) {
        double meanAbs = 0;
        for (int i = 0; i < n; i++) {
            scratch[i] = Math.abs(a[i] - median);
            meanAbs += scratch[i];
        }
        double mad = median(scratch, n);
        if (mad > 0) {
            return MAD_TO_SIGMA * mad;
        }
        return n == 0 ? 0 : 1.2533 * meanAbs / n;
    }

    private static double select(double[] a, int lo, int hi, int k) {
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
