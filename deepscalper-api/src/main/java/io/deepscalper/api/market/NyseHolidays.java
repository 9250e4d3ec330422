package io.deepscalper.api.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year of NYSE closures and early closes, computed by rule. The rules, and the history behind
 * the irregular ones, are documented on {@link NyseCalendar}.
 */
final class NyseHolidays {
    /** Unscheduled full-day closures since 2000 (the rules cannot predict these). */
    private static final Map<LocalDate, String> SPECIAL_CLOSURES = Map.ofEntries(
            Map.entry(LocalDate.of(2001, 9, 11), "September 11 attacks"),
            Map.entry(LocalDate.of(2001, 9, 12), "September 11 attacks"),
            Map.entry(LocalDate.of(2001, 9, 13), "September 11 attacks"),
            Map.entry(LocalDate.of(2001, 9, 14), "September 11 attacks"),
            Map.entry(LocalDate.of(2004, 6, 11), "National Day of Mourning for Ronald Reagan"),
            Map.entry(LocalDate.of(2007, 1, 2), "National Day of Mourning for Gerald Ford"),
            Map.entry(LocalDate.of(2012, 10, 29), "Hurricane Sandy"),
            Map.entry(LocalDate.of(2012, 10, 30), "Hurricane Sandy"),
            Map.entry(LocalDate.of(2018, 12, 5), "National Day of Mourning for George H. W. Bush"),
            Map.entry(LocalDate.of(2025, 1, 9), "National Day of Mourning for Jimmy Carter"));

    /** Early closes that no standing rule produces. */
    private static final Map<LocalDate, String> SPECIAL_EARLY_CLOSES = Map.of(
            LocalDate.of(2003, 12, 26), "Friday after Christmas 2003");

    private final Map<LocalDate, String> closures = new TreeMap<>();
    private final Map<LocalDate, String> earlyCloses = new TreeMap<>();

    NyseHolidays(int year) {
        addHolidays(year);
        SPECIAL_CLOSURES.forEach((d, why) -> {
            if (d.getYear() == year) {
                closures.put(d, why);
            }
        });
        addEarlyCloses(year);
        SPECIAL_EARLY_CLOSES.forEach((d, why) -> {
            if (d.getYear() == year) {
                earlyCloses.put(d, why);
            }
        });
    }

    /** @return the closure's name, or null when the exchange is not closed for a holiday that day */
    String closure(LocalDate date) {
        return closures.get(date);
    }

    /** @return the early close's name, or null when the day has full hours */
    String earlyClose(LocalDate date) {
        return earlyCloses.get(date);
    }

    private void addHolidays(int year) {
        LocalDate newYear = LocalDate.of(year, 1, 1);
        // NYSE Rule 7.2: a Saturday New Year's Day is not moved to the Friday, which ends a year.
        if (newYear.getDayOfWeek() == DayOfWeek.SUNDAY) {
            closures.put(newYear.plusDays(1), "New Year's Day (observed)");
        } else if (newYear.getDayOfWeek() != DayOfWeek.SATURDAY) {
            closures.put(newYear, "New Year's Day");
        }
        closures.put(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day");
        closures.put(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        closures.put(easterSunday(year).minusDays(2), "Good Friday");
        closures.put(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                "Memorial Day");
        if (year >= 2022) {
            addObserved(LocalDate.of(year, 6, 19), "Juneteenth National Independence Day");
        }
        addObserved(LocalDate.of(year, 7, 4), "Independence Day");
        closures.put(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        closures.put(thanksgiving(year), "Thanksgiving Day");
        addObserved(LocalDate.of(year, 12, 25), "Christmas Day");
    }

    /** A Saturday holiday is observed on the Friday before, a Sunday one on the Monday after. */
    private void addObserved(LocalDate holiday, String name) {
        switch (holiday.getDayOfWeek()) {
            case SATURDAY -> closures.put(holiday.minusDays(1), name + " (observed)");
            case SUNDAY -> closures.put(holiday.plusDays(1), name + " (observed)");
            default -> closures.put(holiday, name);
        }
    }

    private void addEarlyCloses(int year) {
        LocalDate july3 = LocalDate.of(year, 7, 3);
        DayOfWeek d3 = july3.getDayOfWeek();
        if (d3 == DayOfWeek.MONDAY || d3 == DayOfWeek.TUESDAY || d3 == DayOfWeek.THURSDAY
                || (d3 == DayOfWeek.WEDNESDAY && year >= 2013)) {
            earlyCloses.put(july3, "day before Independence Day");
        }
        LocalDate july5 = LocalDate.of(year, 7, 5);
        if (july5.getDayOfWeek() == DayOfWeek.FRIDAY && year < 2013) {
            // Before 2013 a Thursday Independence Day shortened the Friday after, not the Wednesday before.
            earlyCloses.put(july5, "day after Independence Day");
        }
        earlyCloses.put(thanksgiving(year).plusDays(1), "day after Thanksgiving");
        LocalDate christmasEve = LocalDate.of(year, 12, 24);
        DayOfWeek de = christmasEve.getDayOfWeek();
        // On a Friday Christmas Eve the exchange is closed for Christmas (observed); weekends have no session.
        if (de != DayOfWeek.FRIDAY && de != DayOfWeek.SATURDAY && de != DayOfWeek.SUNDAY) {
            earlyCloses.put(christmasEve, "Christmas Eve");
        }
    }

    private static LocalDate thanksgiving(int year) {
        return nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Gregorian Easter Sunday by the anonymous (Meeus/Jones/Butcher) computus. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
