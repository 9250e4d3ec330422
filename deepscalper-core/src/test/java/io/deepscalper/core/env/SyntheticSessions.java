package io.deepscalper.core.env;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random-walk sessions of one-minute bars for tests: geometric steps with occasional jumps,
 * valid OHLC (high and low bracket open and close), random volume with some zero-volume bars.
 */
public final class SyntheticSessions {
    private SyntheticSessions() {
    }

    /** @return {@code sessions} sessions of {@code barsPerSession} bars starting near {@code startPrice} */
    public static SessionSeries generate(long seed, int sessions, int barsPerSession, double startPrice) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries.Builder b = BarSeries.builder("SYN");
        List<TradingSession> list = new ArrayList<>();
        double price = startPrice;
        LocalDate date = LocalDate.of(2020, 1, 6);
        for (int s = 0; s < sessions; s++) {
            long t0 = date.atTime(14, 30).toEpochSecond(ZoneOffset.UTC);
            int start = b.size();
            price *= Math.exp(0.003 * rnd.nextGaussian()); // overnight gap
            for (int i = 0; i < barsPerSession; i++) {
                double open = price;
                double step = 0.0008 * rnd.nextGaussian() + (rnd.nextInt(50) == 0 ? 0.004 * rnd.nextGaussian() : 0);
                double close = open * Math.exp(step);
                double high = Math.max(open, close) * (1 + 0.0004 * Math.abs(rnd.nextGaussian()));
                double low = Math.min(open, close) * (1 - 0.0004 * Math.abs(rnd.nextGaussian()));
                double volume = rnd.nextInt(20) == 0 ? 0 : Math.floor(500 + 20_000 * rnd.nextDouble());
                b.add(t0 + 60L * i, open, high, low, close, volume);
                price = close;
            }
            list.add(new TradingSession(date, start, b.size()));
            date = date.plusDays(1);
        }
        return new SessionSeries(b.build(), list);
    }

    /**
     * @return a series of one session built from explicit columns (start times one minute apart), for
     *     hand-computed scenarios
     */
    public static SessionSeries of(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        BarSeries.Builder b = BarSeries.builder("FIX");
        long t0 = LocalDate.of(2020, 1, 6).atTime(14, 30).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < close.length; i++) {
            b.add(t0 + 60L * i, open[i], high[i], low[i], close[i], volume[i]);
        }
        return new SessionSeries(b.build(), List.of(new TradingSession(LocalDate.of(2020, 1, 6), 0, close.length)));
    }
}
