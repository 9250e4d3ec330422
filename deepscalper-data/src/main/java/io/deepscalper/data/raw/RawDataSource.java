package io.deepscalper.data.raw;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.spi.DataSource;
import java.time.Instant;

/**
 * A {@link DataSource} that can also hand over bars unvalidated, so that the pipeline's quality checks
 * see and count defects (null bars, broken OHLC, duplicates) instead of the source silently dropping
 * them. {@link DataSource#fetch} of such a source drops what a {@code BarSeries} cannot hold and logs
 * how many; {@link #fetchRaw} drops nothing inside the range.
 */
public interface RawDataSource extends DataSource {

    /**
     * Same arguments, errors and range rule as {@link DataSource#fetch}, but bars are returned as
     * delivered (a null value becomes NaN).
     */
    RawBars fetchRaw(String symbol, BarInterval interval, Instant from, Instant to);
}
