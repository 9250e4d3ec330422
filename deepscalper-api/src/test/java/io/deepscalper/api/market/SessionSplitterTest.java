package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SessionSplitterTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");

    /** One bar per minute over the whole New York day {@code [00:00, 24:00)} of each date. */
    private static BarSeries minutesAllDay(String... dates) {
        BarSeries.Builder b = BarSeries.builder("X");
        for (String date : dates) {
            ZonedDateTime t = LocalDate.parse(date).atStartOfDay(NY);
            ZonedDateTime end = t.plusDays(1);
            for (; t.isBefore(end); t = t.plusMinutes(1)) {
                b.add(t.toEpochSecond(), 10, 11, 9, 10, 1);
            }
        }
        return b.build();
    }

    @Test
    void fullDaySpanningDstStartKeeps390BarsFromTheRightUtcInstant() {
        // 2011-03-11 is EST (UTC-5), 2011-03-14 is EDT (UTC-4); the weekend between has the switch.
        SessionSplit split = SessionSplitter.nyse().split(minutesAllDay("2011-03-11", "2011-03-12", "2011-03-13", "2011-03-14"));
        SessionSeries s = split.series();
        assertThat(s.sessions()).extracting(TradingSession::date)
                .containsExactly(LocalDate.parse("2011-03-11"), LocalDate.parse("2011-03-14"));
        assertThat(s.sessions()).allSatisfy(t -> assertThat(t.length()).isEqualTo(390));
        BarSeries bars = s.bars();
        assertThat(bars.start(s.sessions().get(0).start())).isEqualTo(Instant.parse("2011-03-11T14:30:00Z"));
        assertThat(bars.start(s.sessions().get(1).start())).isEqualTo(Instant.parse("2011-03-14T13:30:00Z"));
        assertThat(bars.start(s.sessions().get(1).end() - 1)).isEqualTo(Instant.parse("2011-03-14T19:59:00Z"));
        // 2011-03-13 has 23 hours: 1380 minutes.
        assertThat(split.nonTradingDayBars()).isEqualTo(1440 + 1380);
        assertThat(split.beforeOpenBars()).isEqualTo(2 * 570);
        assertThat(split.afterCloseBars()).isEqualTo(2 * 480);
        assertThat(split.inputBars()).isEqualTo(4 * 1440 - 60);
    }

    @Test
    void dstEndDayStillSplitsByNewYorkDate() {
        // 2011-11-06 (Sunday) has 25 hours; the sessions on both sides stay 09:30-16:00 local.
        SessionSplit split = SessionSplitter.nyse().split(minutesAllDay("2011-11-04", "2011-11-06", "2011-11-07"));
        assertThat(split.series().sessions()).hasSize(2).allSatisfy(t -> assertThat(t.length()).isEqualTo(390));
        assertThat(split.nonTradingDayBars()).isEqualTo(1500);
        BarSeries bars = split.series().bars();
        for (TradingSession t : split.series().sessions()) {
            assertThat(bars.start(t.start()).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(9, 30));
            assertThat(bars.start(t.end() - 1).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(15, 59));
        }
    }

    @Test
    void halfDayBarsFrom1300AreAfterClose() {
        SessionSplit split = SessionSplitter.nyse().split(minutesAllDay("2011-11-25"));
        TradingSession only = split.series().sessions().get(0);
        assertThat(only.date()).isEqualTo(LocalDate.parse("2011-11-25"));
        assertThat(only.length()).isEqualTo(210);
        assertThat(split.series().bars().start(only.end() - 1).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(12, 59));
        assertThat(split.afterCloseBars()).isEqualTo(11 * 60);
        assertThat(split.beforeOpenBars()).isEqualTo(570);
    }

    @Test
    void holidayBarsAreCountedNotKept() {
        SessionSplit split = SessionSplitter.nyse().split(minutesAllDay("2011-01-17"));
        assertThat(split.series().sessions()).isEmpty();
        assertThat(split.series().bars().isEmpty()).isTrue();
        assertThat(split.nonTradingDayBars()).isEqualTo(1440);
        assertThat(split.filteredBars()).isEqualTo(1440);
    }

    @Test
    void regularOnlyInputIsReturnedAsIs() {
        BarSeries regular = SessionSplitter.nyse().split(minutesAllDay("2011-01-03")).series().bars();
        SessionSplit again = SessionSplitter.nyse().split(regular);
        assertThat(again.series().bars()).isSameAs(regular);
        assertThat(again.filteredBars()).isZero();
        assertThat(again.series().sessions()).containsExactly(new TradingSession(LocalDate.parse("2011-01-03"), 0, 390));
    }

    @Test
    void emptySeriesGivesNoSessions() {
        SessionSplit split = SessionSplitter.nyse().split(BarSeries.builder("X").build());
        assertThat(split.series().sessions()).isEmpty();
        assertThat(split.inputBars()).isZero();
    }

    @Test
    void barsOutsideTheCalendarRangeFailClearly() {
        BarSeries old = BarSeries.builder("X").add(Instant.parse("1999-06-01T15:00:00Z").getEpochSecond(), 1, 1, 1, 1, 1).build();
        assertThatThrownBy(() -> SessionSplitter.nyse().split(old))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1999-06-01");
    }
}
