package io.deepscalper.core.train;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.replay.ObservationSource;
import java.util.List;

/**
 * Rebuilds observations for replay from the precomputed features of each training series with
 * {@link Observations#write}, exactly as the environment builds them.
 */
public final class SeriesObservationSource implements ObservationSource {
    private final FeatureMatrix[] features;
    private final int lookback;
    private final int size;

    /**
     * @param features one matrix per series id
     * @param lookback rows per observation
     */
    public SeriesObservationSource(List<FeatureMatrix> features, int lookback) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("at least one feature matrix is needed");
        }
        this.features = features.toArray(new FeatureMatrix[0]);
        this.lookback = lookback;
        this.size = Observations.size(this.features[0].featureCount(), lookback);
    }

    @Override
    public int observationSize() {
        return size;
    }

    @Override
    public void write(int seriesId, int barIndex, float positionFraction, float cashOverEquity, float sessionTimeLeft,
                      float[] dst, int offset) {
        Observations.write(features[seriesId], barIndex, lookback, positionFraction, cashOverEquity, sessionTimeLeft,
                dst, offset);
    }
}
