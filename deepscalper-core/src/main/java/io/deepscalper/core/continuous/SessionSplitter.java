package io.deepscalper.core.continuous;

import io.deepscalper.core.market.BarSeries;
import io.deepscalper.core.market.SessionSeries;

/** Splits a symbol's bars into regular-hours trading sessions (the exchange calendar decides). */
@FunctionalInterface
public interface SessionSplitter {

    /**
     * @param bars all bars held for one symbol
     * @return the regular-hours sessions in chronological order
     */
    SessionSeries split(BarSeries bars);
}
