package io.deepscalper.api.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The New York Stock Exchange calendar (also right for Nasdaq and the US ETF market), computed by
 * rule for {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31 in America/New_York.
 *
 * <h2>Regular hours</h2>
 * 09:30 to 16:00 New York time, Monday to Friday. Open and close are returned as instants, so the
 * UTC open moves from 14:30 to 13:30 when daylight-saving time starts (for example on 2011-03-14,
 * the Monday after the 2011-03-13 change) and back after it ends (2011-11-07).
 *
 * <h2>Full-day holidays</h2>
 * <ul>
 *   <li>New Year's Day, January 1; on a Sunday the Monday after is closed; on a Saturday nothing is
 *       closed (NYSE Rule 7.2: the Friday before ends an accounting year; e.g. 2010-12-31 and
 *       2021-12-31 were trading days).</li>
 *   <li>Martin Luther King Jr. Day, third Monday of January.</li>
 *   <li>Washington's Birthday (Presidents' Day), third Monday of February.</li>
 *   <li>Good Friday, two days before Gregorian Easter Sunday (anonymous computus).</li>
 *   <li>Memorial Day, last Monday of May.</li>
 *   <li>Juneteenth, June 19, from 2022 on (first observed on Monday 2022-06-20).</li>
 *   <li>Independence Day, July 4.</li>
 *   <li>Labor Day, first Monday of September.</li>
 *   <li>Thanksgiving Day, fourth Thursday of November.</li>
 *   <li>Christmas Day, December 25.</li>
 * </ul>
 * Juneteenth, Independence Day and Christmas falling on a Saturday are observed on the Friday
 * before, on a Sunday on the Monday after.
 *
 * <h2>Unscheduled closures</h2>
 * 2001-09-11 to 2001-09-14 (September 11 attacks), 2004-06-11 (Reagan), 2007-01-02 (Ford),
 * 2012-10-29 and 2012-10-30 (Hurricane Sandy), 2018-12-05 (G. H. W. Bush), 2025-01-09 (Carter).
 * Closures announced after this code was written are not known; a user who needs one can wrap
 * this calendar in a {@link TradingCalendar} of their own that delegates here.
 *
 * <h2>Early closes at 13:00</h2>
 * <ul>
 *   <li>July 3 when it is a Monday, Tuesday or Thursday; a Wednesday July 3 only from 2013 on;
 *       before 2013 a Thursday July 4 shortened Friday July 5 instead (2002-07-05).</li>
 *   <li>The day after Thanksgiving.</li>
 *   <li>Christmas Eve, December 24, when it is a Monday to Thursday (a Friday December 24 is the
 *       observed Christmas holiday).</li>
 *   <li>One irregular early close: Friday 2003-12-26. (There was none on 2008-12-26 or
 *       2014-12-26.)</li>
 * </ul>
 * Late openings (such as noon on 2002-09-11) are not modelled: the session is 09:30 to the close.
 *
 * <p>Thread-safe; per-year rules are computed once and cached.
 */
public final class NyseCalendar implements TradingCalendar {
    /** First supported year: MLK Day and today's early-close rules hold from here on. */
    public static final int FIRST_YEAR = 2000;
    /** Last supported year; rule-based holidays stay right, unscheduled closures are unknown. */
    public static final int LAST_YEAR = 2099;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);
    private static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);
    private static final NyseCalendar INSTANCE = new NyseCalendar();

    private final ConcurrentMap<Integer, NyseHolidays> years = new ConcurrentHashMap<>();

    private NyseCalendar() {
    }

    /** @return the shared instance */
    public static NyseCalendar instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "NYSE";
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public LocalDate firstSupportedDate() {
        return LocalDate.of(FIRST_YEAR, 1, 1);
    }

    @Override
    public LocalDate lastSupportedDate() {
        return LocalDate.of(LAST_YEAR, 12, 31);
    }

    @Override
    public Optional<SessionHours> sessionHours(LocalDate date) {
        if (closureReason(date).isPresent()) {
            return Optional.empty();
        }
        boolean early = rules(date).earlyClose(date) != null;
        return Optional.of(new SessionHours(date, date.atTime(OPEN).atZone(NEW_YORK).toInstant(),
                date.atTime(early ? EARLY_CLOSE : CLOSE).atZone(NEW_YORK).toInstant(), early));
    }

    /**
     * @return why the exchange is closed on {@code date} ("Saturday", "Good Friday", "Hurricane
     *     Sandy", ...), or empty on a trading day
     */
    public Optional<String> closureReason(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        NyseHolidays rules = rules(date);
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return Optional.of(dow == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        return Optional.ofNullable(rules.closure(date));
    }

    /** @return why {@code date} closes early, or empty when it is not a shortened trading day */
    public Optional<String> earlyCloseReason(LocalDate date) {
        return sessionHours(date).filter(SessionHours::earlyClose).map(h -> rules(date).earlyClose(date));
    }

    private NyseHolidays rules(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("NYSE calendar supports " + FIRST_YEAR + "-01-01 to " + LAST_YEAR
                    + "-12-31 but was asked for " + date + (year < FIRST_YEAR
                    ? "; earlier years followed other holiday rules"
                    : "; extend LAST_YEAR only after checking the rules still hold"));
        }
        return years.computeIfAbsent(year, NyseHolidays::new);
    }

    @Override
    public String toString() {
        return "NyseCalendar[" + FIRST_YEAR + ".." + LAST_YEAR + ", America/New_York, 09:30-16:00]";
    }
}
