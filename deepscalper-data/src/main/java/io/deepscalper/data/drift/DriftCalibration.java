package io.deepscalper.data.drift;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Each feature's drift statistic under "nothing changed", measured on the reference itself.
 *
 * <p>Minute features are strongly autocorrelated (a 30-bar moving average changes little from one bar
 * to the next), so a window of a few sessions holds far fewer independent observations than rows; the
 * textbook thresholds of KS, Wasserstein or PSI assume independent rows and fire on unchanged data. Here
 * the reference is cut into blocks of {@link DriftConfig#blockRows()} rows (one session of 1-minute bars,
 * which keeps the intraday dependence inside each block), and {@link DriftConfig#calibrationSamples()}
 * times a random set of as many blocks as the current window holds is drawn without replacement (the
 * subsampling of Politis and Romano with session blocks). Each draw is compared with the rest of the
 * reference; the sorted statistics are the null distribution against which the current window's
 * statistic gets an empirical p-value.
 *
 * <p>The current window is compared with the whole reference, the null draws with the reference minus the
 * draw, which is smaller: the null is slightly wider than the real one, so the calibration errs towards
 * fewer alarms. A reference shorter than twice the window is subsampled with draws of half its blocks,
 * whose statistics are rescaled to the window's length by the {@code sqrt(1/m + 1/n)} law of two-sample
 * statistics. For KS and Wasserstein the comparison with the rest needs no second sort: a window inside
 * the reference has {@code F_rest = (n F_ref - m F_win) / (n - m)}, so the statistic against the rest is
 * {@code n / (n - m)} times the one against the whole reference. For PSI the rest's bin counts are the
 * reference's minus the window's.
 */
final class DriftCalibration {
    /** Fixed, so that the same reference always gives the same thresholds. */
    private static final long SEED = 0x5EEDL;

    private DriftCalibration() {
    }

    /**
     * @param sortedReference one sorted column per feature, in row order as {@code reference}
     * @param reference       the reference's columns in row (time) order
     * @param methods         the statistic of each feature: {@code ks}, {@code wasserstein} or {@code psi}
     * @param windowRows      rows of the current window
     * @return per feature, the null statistics sorted ascending; empty when the reference has too few blocks
     *     for {@code 1 / calibrationLevel} distinct draws
     */
    static Optional<double[][]> nullStatistics(FeatureTable reference, float[][] sortedReference, String[] methods,
                                               int windowRows, DriftConfig config) {
        int n = reference.rows();
        int blockRows = config.blockRows();
        int blocks = n / blockRows;
        int k = Math.min(windowBlocks(windowRows, blockRows), blocks / 2);
        if (k < 1 || !calibratable(blocks, k, config.calibrationLevel())) {
            return Optional.empty();
        }
        int m = k * blockRows;
        double scale = (double) n / (n - m);
        // a reference shorter than twice the window: draws of half the reference, the statistics rescaled
        // from sizes (m, n - m) to the real (window, n) with the sqrt(1/m + 1/n) law of the two-sample
        // statistics (PSI, a chi-square-like index, scales with the square)
        double sizes = (1.0 / Math.max(windowRows, 1) + 1.0 / n) / (1.0 / m + 1.0 / (n - m));
        double resize = m >= windowRows ? 1 : Math.sqrt(sizes);
        int features = reference.names().size();
        double[][] out = new double[features][config.calibrationSamples()];
        SplittableRandom random = new SplittableRandom(SEED);
        int[] order = new int[blocks];
        float[] window = new float[m];
        for (int s = 0; s < config.calibrationSamples(); s++) {
            for (int i = 0; i < blocks; i++) {
                order[i] = i;
            }
            for (int i = 0; i < k; i++) { // partial Fisher-Yates: the first k entries are the draw
                int j = i + random.nextInt(blocks - i);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int f = 0; f < features; f++) {
                float[] column = reference.columns().get(f);
                for (int i = 0; i < k; i++) {
                    System.arraycopy(column, order[i] * blockRows, window, i * blockRows, blockRows);
                }
                float[] sortedWindow = window.clone();
                Arrays.sort(sortedWindow);
                out[f][s] = methods[f].equals("psi")
                        ? resize * resize * psiAgainstRest(sortedReference[f], sortedWindow, config.psiBins())
                        : resize * scale * statistic(methods[f], sortedReference[f], sortedWindow, config.psiBins());
            }
        }
        for (double[] d : out) {
            Arrays.sort(d);
        }
        return Optional.of(out);
    }

    /** @return blocks in a window of {@code rows} rows (at least one) */
    static int windowBlocks(int rows, int blockRows) {
        return Math.max(1, (int) Math.round((double) rows / blockRows));
    }

    /**
     * @return true when {@code blocks} give a rest at least as long as a {@code k}-block draw and enough
     *     distinct draws for an empirical p-value below {@code level} to mean something
     */
    static boolean calibratable(int blocks, int k, double level) {
        if (blocks < 2 * k) {
            return false;
        }
        double combinations = 1;
        for (int i = 0; i < k; i++) {
            combinations = combinations * (blocks - i) / (i + 1);
        }
        return combinations >= 1 / level;
    }

    /**
     * @return the statistic of {@code method} between two sorted samples, larger meaning more different:
     *     KS's D, the (unnormalised) Wasserstein-1 distance, or PSI
     */
    static double statistic(String method, float[] sortedReference, float[] sortedCurrent, int psiBins) {
        return switch (method) {
            case "ks" -> DriftStatistics.ksStatistic(sortedReference, sortedCurrent);
            case "psi" -> DriftStatistics.psi(sortedReference, sortedCurrent, psiBins);
            default -> DriftStatistics.wasserstein(sortedReference, sortedCurrent);
        };
    }

    /** @return the empirical p-value {@code (1 + #{null >= observed}) / (1 + samples)}; {@code sortedNull} ascending */
    static double pValue(double[] sortedNull, double observed) {
        int lo = 0;
        int hi = sortedNull.length;
        while (lo < hi) { // first index with null >= observed
            int mid = (lo + hi) >>> 1;
            if (sortedNull[mid] < observed) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (1.0 + sortedNull.length - lo) / (1.0 + sortedNull.length);
    }

    /** PSI of a window drawn from the reference against the reference without it, on the reference's quantile bins. */
    private static double psiAgainstRest(float[] sortedReference, float[] sortedWindow, int bins) {
        int n = sortedReference.length;
        int m = sortedWindow.length;
        double psi = 0;
        int ri = 0;
        int wi = 0;
        for (int b = 0; b < bins; b++) {
            int rEnd;
            int wEnd;
            if (b == bins - 1) {
                rEnd = n;
                wEnd = m;
            } else {
                float edge = sortedReference[(int) Math.min(n - 1, (long) (b + 1) * n / bins)];
                rEnd = DriftStatistics.upperBound(sortedReference, edge, ri);
                wEnd = DriftStatistics.upperBound(sortedWindow, edge, wi);
            }
            int windowCount = wEnd - wi;
            double rest = Math.max(1e-4, (double) (rEnd - ri - windowCount) / (n - m));
            double cur = Math.max(1e-4, (double) windowCount / m);
            psi += (cur - rest) * Math.log(cur / rest);
            ri = rEnd;
            wi = wEnd;
        }
        return psi;
    }
}
