package io.deepscalper.api.market;

import java.util.Arrays;
import java.util.Objects;

/**
 * The project's one growable buffer of bars held column-wise (start, open, high, low, close, volume),
 * unvalidated: it holds whatever it is given, NaN and inconsistent bars included. {@link BarSeries.Builder}
 * collects bars in one before validating them, the data module's raw batches and quality pass work on
 * one so that they can see and count defects that {@link BarSeries} would reject outright. Not
 * thread-safe.
 */
public final class OhlcvColumns {
    private static final int MIN_CAPACITY = 16;

    private long[] start;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    /** @param capacity initial capacity (at least 16 is used); the buffer grows as bars are added */
    public OhlcvColumns(int capacity) {
        int cap = Math.max(capacity, MIN_CAPACITY);
        start = new long[cap];
        open = new double[cap];
        high = new double[cap];
        low = new double[cap];
        close = new double[cap];
        volume = new double[cap];
    }

    /**
     * Appends one bar, whatever its values.
     *
     * @param startEpochSecond start of the bar, epoch seconds
     * @param o                open
     * @param h                high
     * @param l                low
     * @param c                close
     * @param v                volume
     * @return this buffer
     */
    public OhlcvColumns add(long startEpochSecond, double o, double h, double l, double c, double v) {
        if (size == start.length) {
            grow(size * 2);
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

    /**
     * Appends bar {@code i} of {@code other}.
     *
     * @param other the buffer to copy from
     * @param i     the index of the bar in {@code other}
     * @return this buffer
     */
    public OhlcvColumns add(OhlcvColumns other, int i) {
        return add(other.start[i], other.open[i], other.high[i], other.low[i], other.close[i], other.volume[i]);
    }

    /**
     * Overwrites bar {@code i}.
     *
     * @param i                index of an existing bar
     * @param startEpochSecond new start, epoch seconds
     * @param o                new open
     * @param h                new high
     * @param l                new low
     * @param c                new close
     * @param v                new volume
     * @throws IndexOutOfBoundsException when {@code i} is not below {@link #size()}
     */
    public void set(int i, long startEpochSecond, double o, double h, double l, double c, double v) {
        Objects.checkIndex(i, size);
        start[i] = startEpochSecond;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
    }

    /** @return number of bars */
    public int size() {
        return size;
    }

    /**
     * @param i index of a bar
     * @return its start, epoch seconds
     */
    public long start(int i) {
        return start[i];
    }

    /**
     * @param i index of a bar
     * @return its open
     */
    public double open(int i) {
        return open[i];
    }

    /**
     * @param i index of a bar
     * @return its high
     */
    public double high(int i) {
        return high[i];
    }

    /**
     * @param i index of a bar
     * @return its low
     */
    public double low(int i) {
        return low[i];
    }

    /**
     * @param i index of a bar
     * @return its close
     */
    public double close(int i) {
        return close[i];
    }

    /**
     * @param i index of a bar
     * @return its volume
     */
    public double volume(int i) {
        return volume[i];
    }

    /**
     * @param symbol the ticker of the series
     * @return the bars as a validated series (the columns are copied)
     * @throws InvalidBarException when a bar breaks the {@link BarSeries} rules
     */
    public BarSeries toSeries(String symbol) {
        return BarSeries.of(symbol, Arrays.copyOf(start, size), Arrays.copyOf(open, size),
                Arrays.copyOf(high, size), Arrays.copyOf(low, size), Arrays.copyOf(close, size),
                Arrays.copyOf(volume, size));
    }

    private void grow(int capacity) {
        start = Arrays.copyOf(start, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
