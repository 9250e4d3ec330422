package io.deepscalper.api.market;

import java.time.Instant;
import java.util.Objects;

/**
 * One OHLCV bar. {@code start} is the instant the bar opens (bar-start stamping, as in the bundled
 * SPY data and in Yahoo's chart API).
 *
 * <p>Construction validates the bar: prices must be finite and strictly positive, {@code high} must
 * be the largest and {@code low} the smallest of the four prices, and volume must be finite and not
 * negative. A violation throws {@link InvalidBarException} naming the field and the value, so a
 * loader can add the line number.
 *
 * <p>This type is for APIs and tests. Hot loops use the column arrays of {@link BarSeries}.
 *
 * @param start  the bar's opening instant
 * @param open   first trade price
 * @param high   highest trade price
 * @param low    lowest trade price
 * @param close  last trade price
 * @param volume traded quantity, zero allowed
 */
public record Bar(Instant start, double open, double high, double low, double close, double volume) {

    /** Validates the bar; see the type's documentation for the rules. */
    public Bar {
        Objects.requireNonNull(start, "start");
        validate(open, high, low, close, volume);
    }

    /**
     * Checks OHLCV values without building a bar, so that columnar loaders share one rule set.
     *
     * @throws InvalidBarException with a message that names the offending field
     */
    public static void validate(double open, double high, double low, double close, double volume) {
        requirePositivePrice("open", open);
        requirePositivePrice("high", high);
        requirePositivePrice("low", low);
        requirePositivePrice("close", close);
        if (!Double.isFinite(volume) || volume < 0) {
            throw new InvalidBarException("volume must be finite and >= 0 but was " + volume);
        }
        if (high < low) {
            throw new InvalidBarException("high " + high + " is below low " + low);
        }
        if (high < Math.max(open, close)) {
            throw new InvalidBarException("high " + high + " is below max(open, close) " + Math.max(open, close));
        }
        if (low > Math.min(open, close)) {
            throw new InvalidBarException("low " + low + " is above min(open, close) " + Math.min(open, close));
        }
    }

    private static void requirePositivePrice(String field, double value) {
        if (Double.isNaN(value)) {
            throw new InvalidBarException(field + " is NaN");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidBarException(field + " is infinite");
        }
        if (value <= 0) {
            throw new InvalidBarException(field + " must be > 0 but was " + value);
        }
    }
}
