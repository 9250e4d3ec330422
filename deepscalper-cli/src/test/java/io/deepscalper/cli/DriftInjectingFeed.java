package io.deepscalper.cli;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.data.QualitySummary;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.data.pipeline.DataPipeline;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real data pipeline over the synthetic source, plus the ability to inject a drift report the way
 * the pipeline delivers one (an accepted update whose drift summary says the dataset drifted against
 * the champion's reference). The pipeline's own drift summaries are removed from the updates passed on,
 * so that the scenario decides when drift happens rather than the detector's sliding window.
 */
final class DriftInjectingFeed implements DataFeed {
    private final DataPipeline source;
    private final Clock clock;
    private final List<DataUpdateListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String reference = "none";

    DriftInjectingFeed(DataPipeline source, Clock clock) {
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
        source.addListener(new Stripped(listener));
    }

    @Override
    public void removeListener(DataUpdateListener listener) {
        listeners.remove(listener);
        source.removeListener(new Stripped(listener));
    }

    /** Passes updates on without their drift summary. */
    private record Stripped(DataUpdateListener target) implements DataUpdateListener {
        @Override
        public void onUpdate(DataUpdate u) {
            target.onUpdate(new DataUpdate(u.symbol(), u.interval(), u.newBars(), u.firstNew(), u.lastNew(),
                    u.quality(), null, u.accepted(), u.at()));
        }

        @Override
        public void onFailure(io.deepscalper.api.data.DataFailure failure) {
            target.onFailure(failure);
        }
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
