package io.deepscalper.continuous.wiring;

import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.market.SessionHours;
import io.deepscalper.continuous.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The clock of a simulated market (the {@code synthetic} source): it stands just after a session's
 * close, and waiting between cycles moves it to the close of the next NYSE session, so each cycle
 * brings one new trading day without waiting for one. Also a test's fake clock.
 */
public final class SimulatedMarketClock extends Clock {
    private final NyseCalendar calendar = NyseCalendar.instance();
    private volatile Instant now;

    /** @param start the initial time */
    public SimulatedMarketClock(Instant start) {
        this.now = start;
    }

    /**
     * @param date  a date; the clock starts just after the close of the last session on or before it
     * @param skip  sessions to move forward from there (e.g. cycles already run in this working directory)
     * @return the clock
     */
    public static SimulatedMarketClock afterSession(LocalDate date, long skip) {
        SimulatedMarketClock c = new SimulatedMarketClock(Instant.EPOCH);
        LocalDate d = date;
        while (c.calendar.sessionHours(d).isEmpty()) {
            d = d.minusDays(1);
        }
        c.now = c.calendar.sessionHours(d).get().close().plusSeconds(60);
        for (long i = 0; i < skip; i++) {
            c.nextSession();
        }
        return c;
    }

    /** Moves to just after the close of the next session. */
    public synchronized void nextSession() {
        LocalDate d = now.atZone(calendar.zone()).toLocalDate().plusDays(1);
        Optional<SessionHours> h;
        while ((h = calendar.sessionHours(d)).isEmpty()) {
            d = d.plusDays(1);
        }
        now = h.get().close().plusSeconds(60);
    }

    /** Moves forward by {@code d}. */
    public synchronized void advance(java.time.Duration d) {
        now = now.plus(d);
    }

    /** @return a sleeper that, instead of waiting, moves this clock to the next session's close */
    public Sleeper sleeper() {
        return (duration, wakeUp) -> nextSession();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated market clock is UTC only");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
