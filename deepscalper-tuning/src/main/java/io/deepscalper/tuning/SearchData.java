package io.deepscalper.tuning;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history a search runs on: for each configured symbol, {@code data.lookbackDays} of one-minute bars up to
 * a given instant, straight from the configured source, split into regular-hours sessions.
 */
public final class SearchData {
    private SearchData() {
    }

    /**
     * @param data  the data settings (source, its options, symbols, lookback)
     * @param until the end of the history (exclusive)
     * @return one series per symbol, in the configured order
     */
    public static List<SessionSeries> fetch(DataPipelineConfig data, Instant until) {
        DataSource source = Providers.byName(DataSource.class, data.source()).configure(data.sourceOptions());
        Instant from = until.minus(Duration.ofDays(data.lookbackDays()));
        List<SessionSeries> out = new ArrayList<>();
        for (String symbol : data.symbols()) {
            BarSeries bars = source.fetch(symbol, BarInterval.ONE_MINUTE, from, until);
            out.add(new NyseSessions().split(bars));
        }
        return out;
    }
}
