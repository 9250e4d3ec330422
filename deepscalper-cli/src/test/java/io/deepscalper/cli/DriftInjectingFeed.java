package io.deepscalper.cli;

import io.deepscalper.cli.wiring.SourceFeed;
import io.deepscalper.core.data.BarInterval;
import io.deepscalper.core.data.DataFeed;
import io.deepscalper.core.data.DataUpdate;
import io.deepscalper.core.data.DataUpdateListener;
import io.deepscalper.core.data.DriftSummary;
import io.deepscalper.core.data.FeatureDrift;
import io.deepscalper.core.data.QualitySummary;
import io.deepscalper.core.market.BarSeries;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real synthetic feed, plus the ability to deliver a drift report the way the data pipeline does
 * (an accepted update whose drift summary says the dataset drifted against the champion's reference).
 */
final class DriftInjectingFeed implements DataFeed {
    private final SourceFeed source;
    private final Clock clock;
    private final List<DataUpdateListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String reference = "none";

    DriftInjectingFeed(SourceFeed source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    void injectDrift(String symbol) {
        DriftSummary drift = new DriftSummary(reference, 0.75, 0.5, List.of(
                new FeatureDrift("return", "ks", 1e-6, 0.05, true), new FeatureDrift("atr", "ks", 1e-4, 0.05, true),
                new FeatureDrift("volume", "ks", 0.01, 0.05, true), new FeatureDrift("rsi", "ks", 0.4, 0.05, false)));
        DataUpdate u = new DataUpdate(symbol, BarInterval.ONE_MINUTE, 0, null, null,
                new QualitySummary(1.0, 0.95, 0, 0, Map.of(), Map.of()), drift, true, clock.instant());
        listeners.forEach(l -> l.onUpdate(u));
    }

    @Override
    public Set<String> symbols() {
        return source.symbols();
    }

    @Override
    public void addListener(DataUpdateListener listener) {
        listeners.add(listener);
        source.addListener(listener);
    }

    @Override
    public void removeListener(DataUpdateListener listener) {
        listeners.remove(listener);
        source.removeListener(listener);
    }

    @Override
    public Optional<BarSeries> trainingData(String symbol) {
        return source.trainingData(symbol);
    }

    @Override
    public void setDriftReference(String modelId, List<BarSeries> trainedOn) {
        reference = modelId;
        source.setDriftReference(modelId, trainedOn);
    }

    @Override
    public void close() {
        source.close();
    }
}
