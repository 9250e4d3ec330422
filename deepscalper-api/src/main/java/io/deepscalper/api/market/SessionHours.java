package io.deepscalper.api.market;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The regular trading hours of one exchange day: {@code [open, close)} as instants, so they are
 * right across daylight-saving changes. A bar belongs to the session when its START lies in that
 * range (a 1-minute bar starting at 15:59 is the last bar of a 16:00 close).
 *
 * @param date       the exchange date in the calendar's time zone
 * @param open       the opening instant (inclusive)
 * @param close      the closing instant (exclusive for bar starts)
 * @param earlyClose true on a shortened day (for NYSE a 13:00 close)
 */
public record SessionHours(LocalDate date, Instant open, Instant close, boolean earlyClose) {

    /** Checks that the session has a positive length. */
    public SessionHours {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("session " + date + " closes at " + close + ", not after its open " + open);
        }
    }

    /** @return the session's length */
    public Duration duration() {
        return Duration.between(open, close);
    }

    /** @return the open as epoch seconds */
    public long openEpochSecond() {
        return open.getEpochSecond();
    }

    /** @return the close as epoch seconds */
    public long closeEpochSecond() {
        return close.getEpochSecond();
    }

    /** @return true when a bar starting at {@code epochSecond} is a regular-hours bar of this session */
    public boolean contains(long epochSecond) {
        return epochSecond >= open.getEpochSecond() && epochSecond < close.getEpochSecond();
    }
}
