package io.deepscalper.data.raw;

import io.deepscalper.api.market.BarSeries;
import java.util.Arrays;
import java.util.Objects;

/**
 * A growable, unvalidated batch of one symbol's bars, column-wise, exactly as a source delivered them:
 * it may hold NaN, non-positive prices, inconsistent OHLC, duplicates and disorder. It exists so that
 * the quality checks can see and count every defect that {@link BarSeries} (which validates) would
 * reject outright. Not thread-safe.
 */
public final class RawBars {
    private final String symbol;
    private long[] start;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

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
        int cap = Math.max(capacity, 16);
        start = new long[cap];
        open = new double[cap];
        high = new double[cap];
        low = new double[cap];
        close = new double[cap];
        volume = new double[cap];
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
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            open = Arrays.copyOf(open, cap);
            high = Arrays.copyOf(high, cap);
            low = Arrays.copyOf(low, cap);
            close = Arrays.copyOf(close, cap);
            volume = Arrays.copyOf(volume, cap);
        }
        start[size] = startEpochSecond;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
        return this;
    }

    /** Appends every bar of {@code other}. */
    public RawBars addAll(RawBars other) {
        for (int i = 0; i < other.size; i++) {
            add(other.start[i], other.open[i], other.high[i], other.low[i], other.close[i], other.volume[i]);
        }
        return this;
    }

    /** Overwrites bar {@code i}. */
    public void set(int i, long startEpochSecond, double o, double h, double l, double c, double v) {
        Objects.checkIndex(i, size);
        start[i] = startEpochSecond;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
    }

    /** @return the ticker */
    public String symbol() {
        return symbol;
    }

    /** @return number of bars */
    public int size() {
        return size;
    }

    /** @return start of bar {@code i}, epoch seconds */
    public long start(int i) {
        return start[i];
    }

    /** @return open of bar {@code i} */
    public double open(int i) {
        return open[i];
    }

    /** @return high of bar {@code i} */
    public double high(int i) {
        return high[i];
    }

    /** @return low of bar {@code i} */
    public double low(int i) {
        return low[i];
    }

    /** @return close of bar {@code i} */
    public double close(int i) {
        return close[i];
    }

    /** @return volume of bar {@code i} */
    public double volume(int i) {
        return volume[i];
    }

    /** @return a new batch holding the bars whose {@code keep[i]} is true, in order */
    public RawBars filter(boolean[] keep) {
        RawBars out = new RawBars(symbol, size);
        for (int i = 0; i < size; i++) {
            if (keep[i]) {
                out.add(start[i], open[i], high[i], low[i], close[i], volume[i]);
            }
        }
        return out;
    }

    /** @return a new batch sorted by start time (stable, so the first of equal stamps stays first) */
    public RawBars sorted() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(start[a], start[b]));
        RawBars out = new RawBars(symbol, size);
        for (int k : order) {
            out.add(start[k], open[k], high[k], low[k], close[k], volume[k]);
        }
        return out;
    }

    /** @return true when start times strictly increase */
    public boolean isStrictlyIncreasing() {
        for (int i = 1; i < size; i++) {
            if (start[i] <= start[i - 1]) {
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
        return BarSeries.of(symbol, Arrays.copyOf(start, size), Arrays.copyOf(open, size),
                Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size),
                Arrays.copyOf(volume, size));
    }

    /** @return a copy of this batch */
    public RawBars copy() {
        return new RawBars(symbol, size).addAll(this);
    }

    @Override
    public String toString() {
        return "RawBars[" + symbol + ", " + size + " bars]";
    }
}
