package io.deepscalper.data.drift;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BarSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Named feature columns ({@code float[]} each, equal lengths) compared by {@link DriftDetector}. Built
 * from bars with core's {@link FeatureMatrix}, so drift is measured on exactly the features the model
 * sees; the first {@value #WARM_UP} rows of each series are skipped because their rolling windows are
 * still truncated and would look like drift.
 *
 * @param names   feature names
 * @param columns one array per name
 */
public record FeatureTable(List<String> names, List<float[]> columns) {
    /** Rows skipped at the start of each series (the longest feature window). */
    public static final int WARM_UP = 30;

    /** Checks that names and columns match and columns have equal lengths. */
    public FeatureTable {
        names = List.copyOf(names);
        columns = List.copyOf(columns);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " feature names for " + columns.size() + " columns");
        }
        for (float[] c : columns) {
            if (c.length != columns.get(0).length) {
                throw new IllegalArgumentException("feature columns must have equal lengths");
            }
        }
    }

    /** @return number of rows */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).length;
    }

    /** @return the features of the bars of every series, warm-up rows skipped, series back to back */
    public static FeatureTable fromBars(List<BarSeries> series) {
        Objects.requireNonNull(series, "series");
        List<FeatureMatrix> matrices = new ArrayList<>();
        int rows = 0;
        for (BarSeries s : series) {
            FeatureMatrix m = FeatureMatrix.compute(s);
            matrices.add(m);
            rows += Math.max(0, m.rows() - WARM_UP);
        }
        int f = FeatureMatrix.FEATURE_COUNT;
        List<float[]> cols = new ArrayList<>();
        for (int j = 0; j < f; j++) {
            cols.add(new float[rows]);
        }
        int r = 0;
        for (FeatureMatrix m : matrices) {
            float[] data = m.data();
            for (int i = WARM_UP; i < m.rows(); i++, r++) {
                for (int j = 0; j < f; j++) {
                    cols.get(j)[r] = data[i * f + j];
                }
            }
        }
        return new FeatureTable(FeatureMatrix.FEATURE_NAMES, cols);
    }

    /** @return the newest {@code maxRows} rows (all when fewer) */
    public FeatureTable newest(int maxRows) {
        int n = rows();
        if (n <= maxRows) {
            return this;
        }
        List<float[]> cols = new ArrayList<>();
        for (float[] c : columns) {
            cols.add(Arrays.copyOfRange(c, n - maxRows, n));
        }
        return new FeatureTable(names, cols);
    }
}
