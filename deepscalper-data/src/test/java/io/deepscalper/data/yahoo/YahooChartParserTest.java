package io.deepscalper.data.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.api.spi.UnknownSymbolException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every real Yahoo body in test resources (copied from ../shared/data/yahoo with its LICENSE). */
class YahooChartParserTest {

    @Test
    void oneMinuteBodyKeepsTheNullBarAsNaNAndDropsTheTrailingPoint() {
        YahooChart chart = YahooChartParser.parse(YahooStub.bytes(
                "chart-AAPL-2024-10-02_interval-1m_includePrePost-false.json"), "AAPL",
                YahooStub.AAPL_DAY_START, YahooStub.AAPL_DAY_END, true);
        assertThat(chart.symbol()).isEqualTo("AAPL");
        assertThat(chart.bars().size()).isEqualTo(390);
        assertThat(chart.outsideWindow()).isEqualTo(1);
        assertThat(chart.nullBars()).isEqualTo(1);
        int nullIndex = 105;
        assertThat(Instant.ofEpochSecond(chart.bars().start(nullIndex))).isEqualTo(Instant.parse("2024-10-02T15:15:00Z"));
        assertThat(chart.bars().close(nullIndex)).isNaN();
        assertThat(chart.bars().start(0)).isEqualTo(1727875800L);
        assertThat(chart.bars().start(389)).isEqualTo(1727899140L);
        assertThat(chart.regularPeriods()).hasSize(3);
        assertThat(chart.splits()).isEmpty();
    }

    @Test
    void tradingPeriodsAsAnObjectGiveTheRegularSession() {
        byte[] body = YahooStub.bytes("chart-TSLA-2021-11-22_interval-30m_includePrePost-true.json");
        YahooChart all = YahooChartParser.parse(body, "TSLA", 0, Long.MAX_VALUE, false);
        YahooChart regular = YahooChartParser.parse(body, "TSLA", 0, Long.MAX_VALUE, true);
        assertThat(all.bars().size()).isEqualTo(30);
        assertThat(regular.regularPeriods()).containsExactly(new YahooChart.Period(
                Instant.ofEpochSecond(1637591400L), Instant.ofEpochSecond(1637614800L)));
        assertThat(regular.bars().size()).isEqualTo(13);
        assertThat(regular.outsideRegular()).isEqualTo(17);
        assertThat(regular.bars().start(0)).isEqualTo(1637591400L);
        assertThat(all.bars().volume(0)).isZero();
    }

    @Test
    void weekendBodyWithoutTimestampsIsEmpty() {
        YahooChart chart = YahooChartParser.parse(YahooStub.bytes("chart-AAPL-2025-02-01_weekend_interval-1m_EMPTY.json"),
                "AAPL", 0, Long.MAX_VALUE, true);
        assertThat(chart.bars().size()).isZero();
        assertThat(chart.nullBars()).isZero();
    }

    @Test
    void dailyBodyCarriesSplitAndDividendEvents() {
        YahooChart chart = YahooChartParser.parse(YahooStub.bytes(
                "chart-AAPL-2020-08-31_to_2020-11-07_interval-1d_with-split-div-events.json"), "AAPL", 0,
                Long.MAX_VALUE, true);
        assertThat(chart.bars().size()).isEqualTo(49);
        assertThat(chart.splits()).hasSize(1);
        YahooChart.Split split = chart.splits().get(0);
        assertThat(split.date()).isEqualTo(Instant.ofEpochSecond(1598880600L));
        assertThat(split.priceFactor()).isEqualTo(0.25);
        assertThat(chart.dividends()).containsExactly(new YahooChart.Dividend(Instant.ofEpochSecond(1604673000L), 0.205));
    }

    @Test
    void errorBodiesBecomeTypedExceptions() {
        assertThatThrownBy(() -> YahooChartParser.parse(YahooStub.NOT_FOUND.getBytes(StandardCharsets.UTF_8), "ZZZZ",
                0, 1, true)).isInstanceOf(UnknownSymbolException.class)
                .hasMessageContaining("ZZZZ").hasMessageContaining("symbol may be delisted");
        String bad = "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Bad Request\",\"description\":"
                + "\"1m data not available for startTime=1. Only 8 days worth of 1m granularity data are allowed\"}}}";
        assertThatThrownBy(() -> YahooChartParser.parse(bad.getBytes(StandardCharsets.UTF_8), "AAPL", 0, 1, true))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("Only 8 days");
        assertThatThrownBy(() -> YahooChartParser.parse("<html>".getBytes(StandardCharsets.UTF_8), "AAPL", 0, 1, true))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("not valid JSON");
    }
}
