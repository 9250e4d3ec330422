package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BundledDataTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");

    @Test
    void spyJanuary2011SplitsInto20SessionsOf390Bars() {
        SessionSplit split = BundledData.spyJanuary2011Split();
        SessionSeries s = split.series();
        assertThat(split.inputBars()).isEqualTo(14_180);
        assertThat(s.symbol()).isEqualTo("SPY");
        assertThat(s.sessions()).hasSize(20);
        assertThat(s.sessions()).allSatisfy(t -> assertThat(t.length()).isEqualTo(390));
        assertThat(split.regularBars()).isEqualTo(20 * 390);
        assertThat(split.nonTradingDayBars()).isZero();
        assertThat(split.beforeOpenBars()).isPositive();
        assertThat(split.afterCloseBars()).isPositive();
        assertThat(split.extendedHoursBars()).isEqualTo(14_180 - 7_800);
        assertThat(s.sessions()).extracting(TradingSession::date)
                .isEqualTo(NyseCalendar.instance().tradingDays(LocalDate.parse("2011-01-01"), LocalDate.parse("2011-01-31")));
        for (TradingSession t : s.sessions()) {
            assertThat(s.bars().start(t.start()).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(9, 30));
            assertThat(s.bars().start(t.end() - 1).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(15, 59));
            assertThat(NyseCalendar.instance().expectedBars(t.date(), Duration.ofMinutes(1))).isEqualTo(t.length());
        }
    }

    @Test
    void firstRegularBarMatchesTheFile() {
        SessionSeries s = BundledData.spyJanuary2011();
        BarSeries raw = BundledData.spyJanuary2011Raw();
        int first = raw.lowerBound(s.bars().startEpochSecond(0));
        assertThat(raw.bar(first)).isEqualTo(s.bars().bar(0));
        assertThat(raw.start(0).atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(4, 0));
        assertThat(raw.close(raw.size() - 1)).isEqualTo(128.83);
    }

    @Test
    void licenceShipsNextToTheData() {
        assertThat(BundledData.spyJanuary2011License()).contains("Apache License, Version 2.0").contains("PyAlgoTrade");
    }

    @Test
    void bundledCopyEqualsTheSharedFile() throws IOException {
        Path shared = SharedData.require("market/SPY_1min_2011-01.csv");
        assertThat(BarCsvReader.strict().readSymbol(shared, "SPY")).isEqualTo(BundledData.spyJanuary2011Raw());
        try (var in = BundledData.class.getResourceAsStream(BundledData.SPY_JANUARY_2011)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }
}
