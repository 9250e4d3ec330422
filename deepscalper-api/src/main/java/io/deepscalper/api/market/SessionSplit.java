package io.deepscalper.api.market;

import java.util.Objects;

/**
 * What {@link SessionSplitter} kept and what it filtered out, so that no bar disappears unnoticed.
 * {@code inputBars == regularBars + beforeOpenBars + afterCloseBars + nonTradingDayBars} always.
 *
 * @param series            the regular-hours bars with their session ranges
 * @param inputBars         bars in the raw series
 * @param regularBars       bars kept (starting inside a session's regular hours)
 * @param beforeOpenBars    bars filtered because they start before the open on a trading day
 *                          (pre-market)
 * @param afterCloseBars    bars filtered because they start at or after the close on a trading day
 *                          (post-market, including 13:00 onwards on an early-close day)
 * @param nonTradingDayBars bars filtered because their exchange date is a weekend, holiday or
 *                          closure
 */
public record SessionSplit(SessionSeries series, int inputBars, int regularBars, int beforeOpenBars,
                           int afterCloseBars, int nonTradingDayBars) {

    /** Checks that the counts add up. */
    public SessionSplit {
        Objects.requireNonNull(series, "series");
        if (regularBars != series.bars().size()) {
            throw new IllegalArgumentException("regularBars " + regularBars + " != kept bars " + series.bars().size());
        }
        if (inputBars != regularBars + beforeOpenBars + afterCloseBars + nonTradingDayBars) {
            throw new IllegalArgumentException("bar counts do not add up to inputBars " + inputBars);
        }
    }

    /** @return all bars that were filtered out */
    public int filteredBars() {
        return inputBars - regularBars;
    }

    /** @return the extended-hours bars (before the open plus after the close) */
    public int extendedHoursBars() {
        return beforeOpenBars + afterCloseBars;
    }
}
