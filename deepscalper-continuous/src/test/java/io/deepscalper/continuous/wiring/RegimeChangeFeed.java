package io.deepscalper.continuous.wiring;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.data.pipeline.DataPipeline;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two real data pipelines spliced into one market: the bars of {@code before} up to the change, and the
 * bars of {@code after} from then on, rescaled so that the first changed bar opens where the market closed.
 * Updates and the drift reference go through {@code before}, which carries the same bar times.
 */
final class RegimeChangeFeed implements DataFeed {
    private final DataPipeline before;
    private final DataPipeline after;
    private volatile Instant change;

    RegimeChangeFeed(DataPipeline before, DataPipeline after) {
        this.before = before;
        this.after = after;
    }

    /** From the first bar after {@code at} on, the market is {@code after}'s. */
    void changeAfter(Instant at) {
        change = at;
    }

    /** Fetches both sources' new bars (the trainer's beforeCycle). */
    void updateNow() {
        before.updateNow();
        after.updateNow();
    }

    @Override
    public Set<String> symbols() {
        return before.symbols();
    }

    @Override
    public void addListener(DataUpdateListener listener) {
        before.addListener(listener);
    }

    @Override
    public void removeListener(DataUpdateListener listener) {
        before.removeListener(listener);
    }

    @Override
    public Optional<BarSeries> trainingData(String symbol) {
        Optional<BarSeries> a = before.trainingData(symbol);
        Instant at = change;
        if (at == null || a.isEmpty()) {
            return a;
        }
        Optional<BarSeries> b = after.trainingData(symbol);
        if (b.isEmpty()) {
            return a;
        }
        BarSeries x = a.get();
        BarSeries y = b.get();
        long cut = at.getEpochSecond();
        BarSeries.Builder out = BarSeries.builder(symbol);
        int i = 0;
        for (; i < x.size() && x.startEpochSecond(i) <= cut; i++) {
            out.add(x.startEpochSecond(i), x.open(i), x.high(i), x.low(i), x.close(i), x.volume(i));
        }
        int j = 0;
        while (j < y.size() && y.startEpochSecond(j) <= cut) {
            j++;
        }
        double scale = i == 0 || j >= y.size() ? 1 : x.close(i - 1) / y.open(j);
        for (; j < y.size(); j++) {
            out.add(y.startEpochSecond(j), scale * y.open(j), scale * y.high(j), scale * y.low(j), scale * y.close(j),
                    y.volume(j));
        }
        return Optional.of(out.build());
    }

    @Override
    public void setDriftReference(String modelId, List<BarSeries> trainedOn) {
        before.setDriftReference(modelId, trainedOn);
    }

    @Override
    public void close() {
        try {
            before.close();
        } finally {
            after.close();
        }
    }
}
