package io.deepscalper.core.env;

import io.deepscalper.api.features.FeatureMatrix;
import java.util.Objects;

/**
 * Builds observations: the {@code lookback} feature rows ending at the decision bar, followed by the
 * three private-state values. Used by {@link TradingEnvironment} at every step and by the replay
 * buffer to rebuild an observation from (series, bar index, private state) at sample time, so replay
 * never stores observations.
 *
 * <p>Layout (size {@code featureCount * lookback + 3}): rows oldest first, each row the
 * {@link FeatureMatrix} columns in order; then position fraction, cash over equity, session time left.
 * The window reaches into the previous session so the agent can trade from the open. Before the
 * first bar of the data it repeats the first row (there is nothing older to show, and a repeated
 * row is a valid feature row, unlike zeros which would look like a perfectly flat bar).
 */
public final class Observations {
    /** Private-state values appended after the feature window. */
    public static final int PRIVATE_STATE_SIZE = 3;

    private Observations() {
    }

    /** @return the observation length for {@code featureCount} features and {@code lookback} rows */
    public static int size(int featureCount, int lookback) {
        return featureCount * lookback + PRIVATE_STATE_SIZE;
    }

    /** @return the observation length for {@code config}'s lookback and the {@link FeatureMatrix} features */
    public static int size(EnvConfig config) {
        return size(FeatureMatrix.FEATURE_COUNT, config.lookback());
    }

    /**
     * Writes one observation into {@code dst} starting at {@code offset}. Allocation-free.
     *
     * @param features         the series' features
     * @param barIndex         the decision bar (the newest row of the window)
     * @param lookback         rows in the window
     * @param positionFraction position over the maximum position, in about [-1, 1]
     * @param cashOverEquity   cash divided by equity
     * @param sessionTimeLeft  fraction of the session's bars still ahead, 1 at the first bar and 0 at the last
     * @param dst              destination, at least {@code offset + size(featureCount, lookback)} long
     * @param offset           where to start writing
     */
    public static void write(FeatureMatrix features, int barIndex, int lookback, float positionFraction,
                             float cashOverEquity, float sessionTimeLeft, float[] dst, int offset) {
        int f = features.featureCount();
        if (barIndex < 0 || barIndex >= features.rows()) {
            throw new IndexOutOfBoundsException("bar index " + barIndex + " outside [0, " + features.rows() + ")");
        }
        Objects.checkFromIndexSize(offset, f * lookback + PRIVATE_STATE_SIZE, dst.length);
        float[] src = features.data();
        int first = barIndex - lookback + 1;
        int pos = offset;
        if (first < 0) {
            for (int r = first; r < 0; r++) {
                System.arraycopy(src, 0, dst, pos, f);
                pos += f;
            }
            first = 0;
        }
        int length = (barIndex - first + 1) * f;
        System.arraycopy(src, first * f, dst, pos, length);
        pos += length;
        dst[pos] = positionFraction;
        dst[pos + 1] = cashOverEquity;
        dst[pos + 2] = sessionTimeLeft;
    }
}
