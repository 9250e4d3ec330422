package io.deepscalper.continuous;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;

/**
 * How the continuous trainer splits a symbol's bars into regular-hours trading sessions: the pluggable step,
 * usually backed by the calendar-driven {@link io.deepscalper.api.market.SessionSplitter} (see
 * {@link io.deepscalper.continuous.wiring.NyseSessions}).
 */
@FunctionalInterface
public interface SessionSplitStrategy {

    /**
     * @param bars all bars held for one symbol
     * @return the regular-hours sessions in chronological order
     */
    SessionSeries split(BarSeries bars);
}
