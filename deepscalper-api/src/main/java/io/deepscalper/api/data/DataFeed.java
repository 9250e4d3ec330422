package io.deepscalper.api.data;

import io.deepscalper.api.market.BarSeries;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the continuous-training orchestrator needs from a data pipeline, defined in core so that the
 * orchestrator never names a class of the data module. The data module's pipeline implements it; the
 * CLI wires the two together.
 */
public interface DataFeed extends AutoCloseable {

    /** @return the symbols this feed keeps up to date */
    Set<String> symbols();

    /** Registers a listener for new-data and failure events. */
    void addListener(DataUpdateListener listener);

    /** Removes a listener registered with {@link #addListener}. */
    void removeListener(DataUpdateListener listener);

    /**
     * @return the symbol's bars that passed quality checks (never a quarantined batch), or empty when
     *         nothing is held yet
     */
    Optional<BarSeries> trainingData(String symbol);

    /**
     * Sets and stores the drift reference: the data a model was just trained on. Later updates report
     * drift against it.
     *
     * @param modelId   the trained model's version id
     * @param trainedOn the bars the model was trained on, one series per symbol
     */
    void setDriftReference(String modelId, List<BarSeries> trainedOn);

    /**
     * @return where this feed looks for bars, in words, e.g. "2011-01-01T00:00Z to 2011-01-31T21:01Z (30 days
     *         before the clock) from source 'csv'", for errors such as "not enough data"; empty when unknown
     */
    default Optional<String> searchedWindow() {
        return Optional.empty();
    }

    /** Stops scheduled updates and releases resources; waits for a running update to finish. */
    @Override
    void close();
}
