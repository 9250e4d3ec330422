package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NyseCalendarTest {
    private static final NyseCalendar NYSE = NyseCalendar.instance();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} closed: {1}")
    @CsvSource({
        "2011-01-17, Martin Luther King Jr. Day",
        "2011-02-21, Washington's Birthday",
        "2011-04-22, Good Friday",
        "2015-04-03, Good Friday",
        "2024-03-29, Good Friday",
        "2011-05-30, Memorial Day",
        "2011-07-04, Independence Day",
        "2011-09-05, Labor Day",
        "2011-11-24, Thanksgiving Day",
        "2011-12-26, Christmas Day (observed)",
        "2012-01-02, New Year's Day (observed)",
        "2017-01-02, New Year's Day (observed)",
        "2015-07-03, Independence Day (observed)",
        "2021-07-05, Independence Day (observed)",
        "2021-12-24, Christmas Day (observed)",
        "2022-06-20, Juneteenth National Independence Day (observed)",
        "2023-06-19, Juneteenth National Independence Day",
        "2027-06-18, Juneteenth National Independence Day (observed)",
        "2001-09-11, September 11 attacks",
        "2001-09-14, September 11 attacks",
        "2004-06-11, National Day of Mourning for Ronald Reagan",
        "2007-01-02, National Day of Mourning for Gerald Ford",
        "2012-10-29, Hurricane Sandy",
        "2012-10-30, Hurricane Sandy",
        "2018-12-05, National Day of Mourning for George H. W. Bush",
        "2025-01-09, National Day of Mourning for Jimmy Carter",
        "2011-01-15, Saturday",
        "2011-01-16, Sunday",
    })
    void knownClosures(String date, String reason) {
        assertThat(NYSE.isTradingDay(d(date))).isFalse();
        assertThat(NYSE.sessionHours(d(date))).isEmpty();
        assertThat(NYSE.closureReason(d(date))).contains(reason);
    }

    @ParameterizedTest(name = "{0} is a full trading day")
    @CsvSource({
        "2010-12-31", // New Year's Day 2011 is a Saturday: no Friday closure (Rule 7.2)
        "2021-12-31", // likewise for 2022
        "2021-06-18", // Juneteenth is a holiday only from 2022
        "2011-06-20",
        "2001-09-17", // reopening after September 11
        "2008-12-26", // no early close the Friday after a Thursday Christmas in 2008
        "2014-12-26",
        "2013-07-05", // from 2013 the Friday after a Thursday July 4 is a full day
        "2011-10-10", // Columbus Day is not an NYSE holiday
        "2011-11-11", // nor is Veterans Day
    })
    void knownFullDays(String date) {
        assertThat(NYSE.isTradingDay(d(date))).isTrue();
        assertThat(NYSE.isEarlyClose(d(date))).isFalse();
        assertThat(NYSE.expectedBars(d(date), Duration.ofMinutes(1))).isEqualTo(390);
    }

    @ParameterizedTest(name = "{0} closes at 13:00: {1}")
    @CsvSource({
        "2015-12-24, Christmas Eve",
        "2011-11-25, day after Thanksgiving",
        "2024-11-29, day after Thanksgiving",
        "2012-07-03, day before Independence Day",
        "2013-07-03, day before Independence Day",
        "2019-07-03, day before Independence Day",
        "2025-07-03, day before Independence Day",
        "2002-07-05, day after Independence Day",
        "2003-12-26, Friday after Christmas 2003",
        "2018-12-24, Christmas Eve",
    })
    void knownEarlyCloses(String date, String reason) {
        LocalDate day = d(date);
        SessionHours hours = NYSE.sessionHours(day).orElseThrow();
        assertThat(hours.earlyClose()).isTrue();
        assertThat(hours.close().atZone(NYSE.zone()).toLocalTime()).hasToString("13:00");
        assertThat(NYSE.earlyCloseReason(day)).contains(reason);
        assertThat(NYSE.expectedBars(day, Duration.ofMinutes(1))).isEqualTo(210);
    }

    @Test
    void noEarlyCloseOnWednesdayJuly3Before2013OrOnAFridayChristmasEve() {
        assertThat(NYSE.isEarlyClose(d("2002-07-03"))).isFalse();
        assertThat(NYSE.isTradingDay(d("2002-07-03"))).isTrue();
        assertThat(NYSE.isTradingDay(d("2010-12-24"))).isFalse();
        assertThat(NYSE.isTradingDay(d("2020-07-02"))).isTrue();
        assertThat(NYSE.isEarlyClose(d("2020-07-02"))).isFalse();
    }

    @Test
    void sessionOpenInUtcShiftsWithDaylightSavingTime() {
        // 2011-03-13 (Sunday) starts EDT, 2011-11-06 (Sunday) ends it.
        assertThat(NYSE.sessionHours(d("2011-03-11")).orElseThrow().open()).isEqualTo(Instant.parse("2011-03-11T14:30:00Z"));
        assertThat(NYSE.sessionHours(d("2011-03-14")).orElseThrow().open()).isEqualTo(Instant.parse("2011-03-14T13:30:00Z"));
        assertThat(NYSE.sessionHours(d("2011-11-04")).orElseThrow().close()).isEqualTo(Instant.parse("2011-11-04T20:00:00Z"));
        assertThat(NYSE.sessionHours(d("2011-11-07")).orElseThrow().close()).isEqualTo(Instant.parse("2011-11-07T21:00:00Z"));
        assertThat(NYSE.isTradingDay(d("2011-03-13"))).isFalse();
        assertThat(NYSE.sessionHours(d("2011-03-14")).orElseThrow().duration()).isEqualTo(Duration.ofMinutes(390));
    }

    @Test
    void goodFridayFollowsEaster() {
        assertThat(NyseHolidays.easterSunday(2000)).isEqualTo(d("2000-04-23"));
        assertThat(NyseHolidays.easterSunday(2008)).isEqualTo(d("2008-03-23"));
        assertThat(NyseHolidays.easterSunday(2011)).isEqualTo(d("2011-04-24"));
        assertThat(NyseHolidays.easterSunday(2019)).isEqualTo(d("2019-04-21"));
        assertThat(NyseHolidays.easterSunday(2038)).isEqualTo(d("2038-04-25"));
        for (int year = 2000; year <= 2030; year++) {
            LocalDate goodFriday = NyseHolidays.easterSunday(year).minusDays(2);
            assertThat(goodFriday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(NYSE.closureReason(goodFriday)).contains("Good Friday");
        }
    }

    @Test
    void tradingDayCountsMatchPublishedYearTotals() {
        // NYSE published session counts: 252 in 2011, 250 in 2012 (Sandy), 251 in 2022, 250 in 2023, 252 in 2024.
        assertThat(NYSE.tradingDays(d("2011-01-01"), d("2011-12-31"))).hasSize(252);
        assertThat(NYSE.tradingDays(d("2012-01-01"), d("2012-12-31"))).hasSize(250);
        assertThat(NYSE.tradingDays(d("2022-01-01"), d("2022-12-31"))).hasSize(251);
        assertThat(NYSE.tradingDays(d("2023-01-01"), d("2023-12-31"))).hasSize(250);
        assertThat(NYSE.tradingDays(d("2024-01-01"), d("2024-12-31"))).hasSize(252);
    }

    @Test
    void january2011HasTwentySessions() {
        List<LocalDate> days = NYSE.tradingDays(d("2011-01-01"), d("2011-01-31"));
        assertThat(days).hasSize(20).startsWith(d("2011-01-03")).endsWith(d("2011-01-31")).doesNotContain(d("2011-01-17"));
    }

    @Test
    void nextAndPreviousTradingDaySkipWeekendsAndHolidays() {
        assertThat(NYSE.nextTradingDay(d("2011-01-14"))).isEqualTo(d("2011-01-18"));
        assertThat(NYSE.previousTradingDay(d("2011-01-18"))).isEqualTo(d("2011-01-14"));
        assertThat(NYSE.nextTradingDay(d("2012-10-26"))).isEqualTo(d("2012-10-31"));
        assertThat(NYSE.nextTradingDay(d("2011-12-30"))).isEqualTo(d("2012-01-03"));
        assertThat(NYSE.tradingDays(d("2011-01-10"), d("2011-01-09"))).isEmpty();
    }

    @Test
    void expectedBarsForOtherIntervals() {
        assertThat(NYSE.expectedBars(d("2011-01-03"), Duration.ofMinutes(5))).isEqualTo(78);
        assertThat(NYSE.expectedBars(d("2011-01-03"), Duration.ofHours(1))).isEqualTo(7);
        assertThat(NYSE.expectedBars(d("2011-11-25"), Duration.ofMinutes(30))).isEqualTo(7);
        assertThat(NYSE.expectedBars(d("2011-01-17"), Duration.ofMinutes(1))).isZero();
        assertThatThrownBy(() -> NYSE.expectedBars(d("2011-01-03"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of seconds");
    }

    @Test
    void datesOutsideTheSupportedRangeFailClearly() {
        assertThatThrownBy(() -> NYSE.isTradingDay(d("1999-12-31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000-01-01 to 2099-12-31").hasMessageContaining("1999-12-31");
        assertThatThrownBy(() -> NYSE.sessionHours(d("2100-01-04"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(NYSE.firstSupportedDate()).isEqualTo(d("2000-01-01"));
        assertThat(NYSE.exchangeDate(Instant.parse("2011-01-04T03:00:00Z"))).isEqualTo(d("2011-01-03"));
    }
}
