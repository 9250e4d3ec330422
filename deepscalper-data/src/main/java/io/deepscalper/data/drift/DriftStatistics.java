package io.deepscalper.data.drift;

import java.util.Arrays;

/**
 * The three drift statistics on sorted float samples: two-sample Kolmogorov-Smirnov p-value,
 * Wasserstein-1 distance, and the population stability index.
 */
public final class DriftStatistics {
    private DriftStatistics() {
    }

    /** @return the two-sample KS statistic {@code D = sup |F_a - F_b|}; both arrays sorted ascending */
    public static double ksStatistic(float[] a, float[] b) {
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.length && j < b.length) {
            float x = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return d;
    }

    /**
     * Two-sided p-value of the two-sample KS test, from the asymptotic Kolmogorov distribution with
     * Stephens' small-sample correction {@code lambda = (sqrt(ne) + 0.12 + 0.11 / sqrt(ne)) D},
     * {@code ne = nm / (n + m)} (Numerical Recipes, 14.3); within a few percent of SciPy's
     * {@code ks_2samp(method="asymp")}.
     */
    public static double ksPValue(float[] a, float[] b) {
        if (a.length == 0 || b.length == 0) {
            return 1.0;
        }
        double d = ksStatistic(a, b);
        double en = Math.sqrt((double) a.length * b.length / (a.length + b.length));
        return kolmogorovQ((en + 0.12 + 0.11 / en) * d);
    }

    /** @return {@code Q(lambda) = 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 lambda^2)}, clamped to [0, 1] */
    static double kolmogorovQ(double lambda) {
        if (lambda < 1e-3) {
            return 1.0;
        }
        double sum = 0;
        double sign = 1;
        double previous = 0;
        for (int k = 1; k <= 100; k++) {
            double term = sign * Math.exp(-2.0 * k * k * lambda * lambda);
            sum += term;
            if (Math.abs(term) <= 1e-10 * Math.abs(sum) || Math.abs(term) <= 1e-12 * previous) {
                return Math.max(0, Math.min(1, 2 * sum));
            }
            sign = -sign;
            previous = Math.abs(term);
        }
        return 1.0;
    }

    /** @return the Wasserstein-1 distance between the empirical distributions; both sorted ascending */
    public static double wasserstein(float[] a, float[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        double area = 0;
        double x = Math.min(a[0], b[0]);
        while (i < a.length || j < b.length) {
            double next;
            if (j >= b.length || (i < a.length && a[i] <= b[j])) {
                next = a[i];
            } else {
                next = b[j];
            }
            area += Math.abs((double) i / a.length - (double) j / b.length) * (next - x);
            x = next;
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
        }
        return area;
    }

    /** @return the population standard deviation */
    public static double std(float[] a) {
        if (a.length == 0) {
            return 0;
        }
        double mean = 0;
        for (float v : a) {
            mean += v;
        }
        mean /= a.length;
        double ss = 0;
        for (float v : a) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / a.length);
    }

    /**
     * Population stability index over {@code bins} reference-quantile bins:
     * {@code sum (c - r) ln(c / r)} with bin shares floored at 1e-4 (as Evidently does).
     * Both arrays sorted ascending.
     */
    public static double psi(float[] reference, float[] current, int bins) {
        if (reference.length == 0 || current.length == 0) {
            return 0;
        }
        float[] edges = new float[bins - 1];
        for (int k = 1; k < bins; k++) {
            edges[k - 1] = reference[(int) Math.min(reference.length - 1, (long) k * reference.length / bins)];
        }
        double psi = 0;
        int ri = 0;
        int ci = 0;
        for (int k = 0; k < bins; k++) {
            int rEnd = k == bins - 1 ? reference.length : upperBound(reference, edges[k], ri);
            int cEnd = k == bins - 1 ? current.length : upperBound(current, edges[k], ci);
            double r = Math.max(1e-4, (double) (rEnd - ri) / reference.length);
            double c = Math.max(1e-4, (double) (cEnd - ci) / current.length);
            psi += (c - r) * Math.log(c / r);
            ri = rEnd;
            ci = cEnd;
        }
        return psi;
    }

    /** @return the first index at or after {@code from} of sorted {@code a} whose value exceeds {@code x} */
    static int upperBound(float[] a, float x, int from) {
        int lo = from;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return a sorted copy */
    static float[] sorted(float[] a) {
        float[] s = a.clone();
        Arrays.sort(s);
        return s;
    }
}
