package io.deepscalper.api.market;

import java.time.LocalDate;

/**
 * One exchange session's regular-hours bars inside a {@link SessionSeries}: indices {@code [start, end)}.
 *
 * @param date  exchange date in the exchange time zone
 * @param start index of the session's first regular-hours bar
 * @param end   one past the index of its last regular-hours bar
 */
public record TradingSession(LocalDate date, int start, int end) {

    /** Checks the index range. */
    public TradingSession {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("session " + date + " needs 0 <= start < end but was [" + start + ", " + end + ")");
        }
    }

    /** @return number of bars in the session */
    public int length() {
        return end - start;
    }
}
