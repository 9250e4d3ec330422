package io.deepscalper.data.quality;

import io.deepscalper.api.market.SessionHours;
import io.deepscalper.api.market.TradingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the regular session of a bar start, recomputing only when the bar leaves the current
 * session, so that a pass over sorted bars touches the calendar once per day rather than per bar.
 */
final class SessionLookup {
    private final TradingCalendar calendar;
    private long open = Long.MAX_VALUE;
    private long close = Long.MIN_VALUE;
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;

    SessionLookup(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    /** @return the open (epoch seconds) of the session holding {@code t}, or -1 when outside regular hours */
    long sessionOpen(long t) {
        if (t >= open && t < close) {
            return open;
        }
        if (t < dayStart || t >= dayEnd) {
            LocalDate date = calendar.exchangeDate(Instant.ofEpochSecond(t));
            dayStart = date.atStartOfDay(calendar.zone()).toEpochSecond();
            dayEnd = date.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
            Optional<SessionHours> h = supported(date) ? calendar.sessionHours(date) : Optional.empty();
            open = h.map(SessionHours::openEpochSecond).orElse(Long.MAX_VALUE);
            close = h.map(SessionHours::closeEpochSecond).orElse(Long.MIN_VALUE);
        }
        return t >= open && t < close ? open : -1;
    }

    /** @return the close of the session last returned by {@link #sessionOpen} */
    long currentClose() {
        return close;
    }

    private boolean supported(LocalDate d) {
        return !d.isBefore(calendar.firstSupportedDate()) && !d.isAfter(calendar.lastSupportedDate());
    }
}
