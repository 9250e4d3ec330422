package io.deepscalper.api.market;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One symbol's bars, stored column-wise in primitive arrays so that hot loops (environment steps,
 * feature computation, replay sampling) never touch one object per bar.
 *
 * <p>Invariants, checked on construction: every bar passes {@link Bar#validate}, and start times are
 * strictly increasing (no duplicates, no disorder). Instances are immutable; the column accessors
 * return the backing arrays for speed, and callers must not modify them.
 */
public final class BarSeries {
    private final String symbol;
    private final long[] startEpochSeconds;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    private BarSeries(String symbol, long[] start, double[] open, double[] high, double[] low,
                      double[] close, double[] volume) {
        this.symbol = symbol;
        this.startEpochSeconds = start;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /**
     * Builds a series from columns, copying them. All arrays must have the same length.
     *
     * @throws InvalidBarException naming the first bad index and the reason
     */
    public static BarSeries of(String symbol, long[] startEpochSeconds, double[] open, double[] high,
                               double[] low, double[] close, double[] volume) {
        Objects.requireNonNull(symbol, "symbol");
        int n = startEpochSeconds.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("all columns must have length " + n);
        }
        for (int i = 0; i < n; i++) {
            try {
                Bar.validate(open[i], high[i], low[i], close[i], volume[i]);
            } catch (InvalidBarException e) {
                throw new InvalidBarException(symbol + " bar " + i + ": " + e.getMessage());
            }
            if (i > 0 && startEpochSeconds[i] <= startEpochSeconds[i - 1]) {
                throw new InvalidBarException(symbol + " bar " + i + ": start " + Instant.ofEpochSecond(startEpochSeconds[i])
                        + (startEpochSeconds[i] == startEpochSeconds[i - 1] ? " duplicates" : " is before")
                        + " the previous bar's start " + Instant.ofEpochSecond(startEpochSeconds[i - 1]));
            }
        }
        return new BarSeries(symbol, startEpochSeconds.clone(), open.clone(), high.clone(), low.clone(),
                close.clone(), volume.clone());
    }

    /** Builds a series from bar objects (convenient for tests and small inputs). */
    public static BarSeries of(String symbol, Iterable<Bar> bars) {
        Builder b = builder(symbol);
        for (Bar bar : bars) {
            b.add(bar);
        }
        return b.build();
    }

    /** @return a growable builder that validates on {@link Builder#build()} */
    public static Builder builder(String symbol) {
        return new Builder(symbol);
    }

    /** @return the ticker symbol */
    public String symbol() {
        return symbol;
    }

    /** @return number of bars */
    public int size() {
        return close.length;
    }

    /** @return true when the series holds no bar */
    public boolean isEmpty() {
        return close.length == 0;
    }

    /** @return bar {@code i}'s start as epoch seconds */
    public long startEpochSecond(int i) {
        return startEpochSeconds[i];
    }

    /** @return bar {@code i}'s start instant */
    public Instant start(int i) {
        return Instant.ofEpochSecond(startEpochSeconds[i]);
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

    /** @return bar {@code i} as an object (allocates; not for hot loops) */
    public Bar bar(int i) {
        return new Bar(start(i), open[i], high[i], low[i], close[i], volume[i]);
    }

    /** @return the backing start-time column (read only) */
    public long[] startEpochSecondsColumn() {
        return startEpochSeconds;
    }

    /** @return the backing open column (read only) */
    public double[] openColumn() {
        return open;
    }

    /** @return the backing high column (read only) */
    public double[] highColumn() {
        return high;
    }

    /** @return the backing low column (read only) */
    public double[] lowColumn() {
        return low;
    }

    /** @return the backing close column (read only) */
    public double[] closeColumn() {
        return close;
    }

    /** @return the backing volume column (read only) */
    public double[] volumeColumn() {
        return volume;
    }

    /** @return bars {@code [from, to)} as a new series */
    public BarSeries slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size());
        return new BarSeries(symbol, Arrays.copyOfRange(startEpochSeconds, from, to),
                Arrays.copyOfRange(open, from, to), Arrays.copyOfRange(high, from, to),
                Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
                Arrays.copyOfRange(volume, from, to));
    }

    /**
     * @return index of the first bar whose start is at or after {@code epochSecond}, or {@link #size()}
     */
    public int lowerBound(long epochSecond) {
        int i = Arrays.binarySearch(startEpochSeconds, epochSecond);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BarSeries s)) {
            return false;
        }
        return symbol.equals(s.symbol) && Arrays.equals(startEpochSeconds, s.startEpochSeconds)
                && Arrays.equals(open, s.open) && Arrays.equals(high, s.high) && Arrays.equals(low, s.low)
                && Arrays.equals(close, s.close) && Arrays.equals(volume, s.volume);
    }

    @Override
    public int hashCode() {
        return 31 * symbol.hashCode() + Arrays.hashCode(startEpochSeconds) * 17 + Arrays.hashCode(close);
    }

    @Override
    public String toString() {
        return "BarSeries[" + symbol + ", " + size() + " bars"
                + (isEmpty() ? "" : ", " + start(0) + " .. " + start(size() - 1)) + "]";
    }

    /** Growable column builder; validation happens once in {@link #build()}. */
    public static final class Builder {
        private final String symbol;
        private final OhlcvColumns columns = new OhlcvColumns(256);

        private Builder(String symbol) {
            this.symbol = Objects.requireNonNull(symbol, "symbol");
        }

        /** Appends a bar. */
        public Builder add(Bar bar) {
            return add(bar.start().getEpochSecond(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
        }

        /** Appends a bar given as columns. */
        public Builder add(long startEpochSecond, double o, double h, double l, double c, double v) {
            columns.add(startEpochSecond, o, h, l, c, v);
            return this;
        }

        /** @return bars added so far */
        public int size() {
            return columns.size();
        }

        /** @return the validated series */
        public BarSeries build() {
            return columns.toSeries(symbol);
        }
    }
}
