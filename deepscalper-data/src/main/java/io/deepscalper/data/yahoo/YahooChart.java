package io.deepscalper.data.yahoo;

import io.deepscalper.data.raw.RawBars;
import java.time.Instant;
import java.util.List;

/**
 * One parsed Yahoo v8 chart response.
 *
 * @param symbol           the requested symbol, upper-cased; the body's {@code meta.symbol} must match it
 * @param bars             the bars inside the requested window, unvalidated: a {@code null} value is NaN
 * @param nullBars         bars in the window whose values were all or partly {@code null}
 * @param outsideWindow    points dropped because they lie outside {@code [period1, period2)}, such as the
 *                         trailing "current time" point Yahoo appends
 * @param outsideRegular   points dropped because they lie outside the regular trading periods (only
 *                         when regular hours were asked for and the body lists periods)
 * @param regularPeriods   the regular trading periods the body lists, as {@code [start, end)} pairs
 * @param splits           split events in the body
 * @param dividends        dividend events in the body
 */
public record YahooChart(String symbol, RawBars bars, int nullBars, int outsideWindow, int outsideRegular,
                         List<Period> regularPeriods, List<Split> splits, List<Dividend> dividends) {

    /** Copies the lists. */
    public YahooChart {
        regularPeriods = List.copyOf(regularPeriods);
        splits = List.copyOf(splits);
        dividends = List.copyOf(dividends);
    }

    /**
     * A trading period.
     *
     * @param start inclusive start
     * @param end   exclusive end
     */
    public record Period(Instant start, Instant end) {
    }

    /**
     * A stock split: {@code numerator} new shares for {@code denominator} old ones (4:1 means 4 for 1).
     *
     * @param date        effective session
     * @param numerator   new shares
     * @param denominator old shares
     */
    public record Split(Instant date, double numerator, double denominator) {
        /** @return the price factor of the split, e.g. 0.25 for 4:1 */
        public double priceFactor() {
            return denominator / numerator;
        }
    }

    /**
     * A cash dividend.
     *
     * @param date   ex-date
     * @param amount per share
     */
    public record Dividend(Instant date, double amount) {
    }
}
