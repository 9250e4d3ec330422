package io.deepscalper.paper.decide;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.features.Indicators;
import io.deepscalper.api.market.Bar;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.core.env.EnvConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bars seen so far (warm-up history plus every live bar) and the features and ATR of the newest one.
 * Features are recomputed over a trailing window only: every feature and the ATR look back a bounded number
 * of bars and sum their windows directly ({@link FeatureMatrix}, {@link Indicators}), so the newest
 * {@code lookback} rows of a window of {@code lookback + margin} bars equal, bit for bit, the rows the
 * backtester computes over the whole series.
 */
public final class MarketView {
    /** Bars before the observation window that the longest feature window (30 bars plus one) needs. */
    static final int FEATURE_MARGIN = 40;

    private final String symbol;
    private int atrPeriod;
    private int window;
    private final List<Bar> bars = new ArrayList<>();
    private FeatureMatrix features;
    private double atr;
    private int windowStart;

    /**
     * @param symbol  the symbol
     * @param config  the lookback and ATR period of the model's environment
     * @param warmUp  history before the first live bar (may be empty)
     */
    public MarketView(String symbol, EnvConfig config, BarSeries warmUp) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.atrPeriod = config.atrPeriod();
        this.window = windowFor(config);
        for (int i = 0; i < warmUp.size(); i++) {
            bars.add(warmUp.bar(i));
        }
    }

    private static int windowFor(EnvConfig config) {
        return config.lookback() + Math.max(FEATURE_MARGIN, config.atrPeriod() + 2);
    }

    /**
     * Makes the window wide enough for another model's lookback (a challenger, or a champion after a promotion)
     * with the same ATR period. Recent history is kept, so the wider window is filled at once.
     *
     * @throws IllegalArgumentException when its ATR period differs from this view's
     */
    public void fit(EnvConfig config) {
        if (config.atrPeriod() != atrPeriod) {
            throw new IllegalArgumentException("models trading side by side must share the ATR period, but one has "
                    + atrPeriod + " and another " + config.atrPeriod());
        }
        window = Math.max(window, windowFor(config));
    }

    /**
     * Adds a new bar and computes the window's features and ATR.
     *
     * @throws IllegalArgumentException when the bar does not start after the newest one
     */
    public void add(Bar bar) {
        if (!bars.isEmpty() && !bar.start().isAfter(bars.get(bars.size() - 1).start())) {
            throw new IllegalArgumentException("bar at " + bar.start() + " does not follow the newest bar at "
                    + bars.get(bars.size() - 1).start());
        }
        bars.add(bar);
        windowStart = Math.max(0, bars.size() - window);
        BarSeries w = BarSeries.of(symbol, bars.subList(windowStart, bars.size()));
        features = FeatureMatrix.compute(w);
        double[] a = Indicators.atr(w, atrPeriod);
        atr = a[a.length - 1];
        if (bars.size() > 4 * window) {
            // keep memory bounded on a long live run; the window is all any feature needs
            bars.subList(0, bars.size() - window).clear();
            windowStart = 0;
        }
    }

    /** @return the features of the current window */
    public FeatureMatrix features() {
        return features;
    }

    /** @return the row of the newest bar in {@link #features()} */
    public int newestRow() {
        return features.rows() - 1;
    }

    /** @return the ATR of the newest bar */
    public double atr() {
        return atr;
    }

    /** @return the newest bar */
    public Bar newest() {
        return bars.get(bars.size() - 1);
    }

    /** @return the close {@code lag} bars back from the newest, clamped at the oldest bar held */
    public double close(int lag) {
        return bars.get(Math.max(0, bars.size() - 1 - lag)).close();
    }

    /** @return bars held (the window and recent history) */
    public int size() {
        return bars.size();
    }
}
