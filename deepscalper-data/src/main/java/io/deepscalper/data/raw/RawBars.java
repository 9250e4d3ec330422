package io.deepscalper.data.raw;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.OhlcvColumns;
import java.util.Arrays;
import java.util.Objects;

/**
 * A growable, unvalidated batch of one symbol's bars, column-wise, exactly as a source delivered them:
 * it may hold NaN, non-positive prices, inconsistent OHLC, duplicates and disorder. It exists so that
 * the quality checks can see and count every defect that {@link BarSeries} (which validates) would
 * reject outright. The bars live in an {@link OhlcvColumns}. Not thread-safe.
 */
public final class RawBars {
    private final String symbol;
    private final OhlcvColumns columns;

    /** @param symbol the ticker; capacity grows as bars are added */
    public RawBars(String symbol) {
        this(symbol, 256);
    }

    /**
     * @param symbol   the ticker
     * @param capacity initial capacity
     */
    public RawBars(String symbol, int capacity) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.columns = new OhlcvColumns(capacity);
    }

    /** @return a raw copy of a validated series */
    public static RawBars of(BarSeries series) {
        RawBars raw = new RawBars(series.symbol(), series.size());
        for (int i = 0; i < series.size(); i++) {
            raw.add(series.startEpochSecond(i), series.open(i), series.high(i), series.low(i), series.close(i),
                    series.volume(i));
        }
        return raw;
    }

    /** Appends one bar, whatever its values. */
    public RawBars add(long startEpochSecond, double o, double h, double l, double c, double v) {
        columns.add(startEpochSecond, o, h, l, c, v);
        return this;
    }

    /** Appends every bar of {@code other}. */
    public RawBars addAll(RawBars other) {
        for (int i = 0; i < other.size(); i++) {
            columns.add(other.columns, i);
        }
        return this;
    }

    /** Overwrites bar {@code i}. */
    public void set(int i, long startEpochSecond, double o, double h, double l, double c, double v) {
        columns.set(i, startEpochSecond, o, h, l, c, v);
    }

    /** @return the ticker */
    public String symbol() {
        return symbol;
    }

    /** @return number of bars */
    public int size() {
        return columns.size();
    }

    /** @return start of bar {@code i}, epoch seconds */
    public long start(int i) {
        return columns.start(i);
    }

    /** @return open of bar {@code i} */
    public double open(int i) {
        return columns.open(i);
    }

    /** @return high of bar {@code i} */
    public double high(int i) {
        return columns.high(i);
    }

    /** @return low of bar {@code i} */
    public double low(int i) {
        return columns.low(i);
    }

    /** @return close of bar {@code i} */
    public double close(int i) {
        return columns.close(i);
    }

    /** @return volume of bar {@code i} */
    public double volume(int i) {
        return columns.volume(i);
    }

    /** @return a new batch holding the bars whose {@code keep[i]} is true, in order */
    public RawBars filter(boolean[] keep) {
        RawBars out = new RawBars(symbol, size());
        for (int i = 0; i < size(); i++) {
            if (keep[i]) {
                out.columns.add(columns, i);
            }
        }
        return out;
    }

    /** @return a new batch sorted by start time (stable, so the first of equal stamps stays first) */
    public RawBars sorted() {
        int size = size();
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(columns.start(a), columns.start(b)));
        RawBars out = new RawBars(symbol, size);
        for (int k : order) {
            out.columns.add(columns, k);
        }
        return out;
    }

    /** @return true when start times strictly increase */
    public boolean isStrictlyIncreasing() {
        for (int i = 1; i < size(); i++) {
            if (columns.start(i) <= columns.start(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the bars as a validated series
     * @throws io.deepscalper.api.market.InvalidBarException when a bar breaks the {@link BarSeries} rules
     */
    public BarSeries toSeries() {
        return columns.toSeries(symbol);
    }

    /** @return a copy of this batch */
    public RawBars copy() {
        return new RawBars(symbol, size()).addAll(this);
    }

    @Override
    public String toString() {
        return "RawBars[" + symbol + ", " + size() + " bars]";
    }
}
