package io.deepscalper.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {
    private static PerformanceReport report(String policy, double totalReturn) {
        return new PerformanceReport(policy, "SPY", "2011-01-03", "2011-01-04", 2, 100_000,
                100_000 * (1 + totalReturn), totalReturn, List.of(0.01, -0.005), 1.5, 2.5, 0.012, 3.1, 4, 0.5, 1.2,
                9, 12.5, 3.3, 42.25);
    }

    @Test
    void jsonRoundTripKeepsEveryField() {
        PerformanceReport r = report("agent", 0.00495);
        String json = r.toJson();
        assertThat(json).contains("\"policy\" : \"agent\"", "\"sharpe\" : 1.5", "\"dailyReturns\"");
        assertThat(PerformanceReport.fromJson(json)).isEqualTo(r);
    }

    @Test
    void badJsonGetsAClearMessage() {
        assertThatThrownBy(() -> PerformanceReport.fromJson("{\"policy\": [1]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PerformanceReport JSON");
    }

    @Test
    void metricMapHasStableNamesInOrder() {
        assertThat(report("a", 0.01).toMetricMap()).containsKeys("total_return", "sharpe", "sortino", "max_drawdown",
                "calmar", "win_rate", "profit_factor", "trades", "round_trips", "avg_holding_bars", "turnover", "fees")
                .containsEntry("trades", 9.0).containsEntry("fees", 42.25);
        assertThat(report("a", 0.01).toMetricMap().keySet()).first().isEqualTo("total_return");
    }

    @Test
    void metricNamesAreExactlyTheMetricMapsKeysInOrder() {
        // the config checks trust METRIC_NAMES: a metric added to the map but not the list would be refused
        assertThat(List.copyOf(report("a", 0.01).toMetricMap().keySet()))
                .isEqualTo(PerformanceReport.METRIC_NAMES);
        assertThat(report("a", 0.01).toMetricMap()).containsEntry("sharpe", report("a", 0.01).sharpe())
                .containsEntry("max_drawdown", report("a", 0.01).maxDrawdown())
                .containsEntry("sessions", (double) report("a", 0.01).sessions());
    }

    @Test
    void comparisonTableAlignsOneColumnPerPolicy() {
        String table = PerformanceReport.comparisonTable(List.of(report("agent", 0.00495), report("buy_and_hold", -0.1)));
        String[] lines = table.split(System.lineSeparator());
        assertThat(lines[0]).startsWith("metric").contains("agent", "buy_and_hold");
        assertThat(lines[1]).matches("-+");
        assertThat(lines[2]).startsWith("total return").contains("0.495%", "-10.000%");
        assertThat(table).contains("fees", "42.25", "profit factor", "1.200");
        for (String line : lines) {
            assertThat(line).hasSize(lines[0].length()); // aligned: every line equally wide
        }
        assertThat(report("x", 0).toTable()).startsWith("SPY 2011-01-03 .. 2011-01-04");
    }
}
