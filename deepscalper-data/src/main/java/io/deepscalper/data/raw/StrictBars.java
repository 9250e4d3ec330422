package io.deepscalper.data.raw;

import io.deepscalper.api.market.Bar;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.InvalidBarException;
import org.slf4j.Logger;

/**
 * Turns raw bars into a validated series for {@link io.deepscalper.api.spi.DataSource#fetch}: bars a
 * {@link BarSeries} cannot hold (NaN, non-positive prices, broken OHLC, a repeated or earlier stamp)
 * are dropped, never invented, and the count is logged at WARN. The pipeline uses
 * {@link RawDataSource#fetchRaw} instead, so the quality checks count such bars.
 */
public final class StrictBars {
    private StrictBars() {
    }

    /** @return the valid bars of {@code raw}, sorted, first of any repeated stamp kept */
    public static BarSeries keepValid(RawBars raw, Logger log, String source) {
        RawBars sorted = raw.isStrictlyIncreasing() ? raw : raw.sorted();
        BarSeries.Builder b = BarSeries.builder(raw.symbol());
        int dropped = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            long t = sorted.start(i);
            if (t <= last) {
                dropped++;
                continue;
            }
            try {
                Bar.validate(sorted.open(i), sorted.high(i), sorted.low(i), sorted.close(i), sorted.volume(i));
            } catch (InvalidBarException e) {
                dropped++;
                continue;
            }
            b.add(t, sorted.open(i), sorted.high(i), sorted.low(i), sorted.close(i), sorted.volume(i));
            last = t;
        }
        if (dropped > 0) {
            log.warn("{} {}: dropped {} of {} bars that are invalid or repeated (the pipeline's quality checks "
                    + "report them in detail)", source, raw.symbol(), dropped, raw.size());
        }
        return b.build();
    }
}
