package io.deepscalper.monitoring.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.train.EvaluationEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegressionMonitorTest {
    private final List<AlertEvent> alerts = new ArrayList<>();

    private static EvaluationEvent report(int i, double sharpe, double ret) {
        LocalDate d = LocalDate.of(2024, 1, 2).plusDays(i);
        return new EvaluationEvent(i * 1000L, "validation", d, d, Map.of("sharpe", sharpe, "total_return", ret),
                Map.of(), i);
    }

    @Test
    void steadyNoisyPerformanceRaisesFewAlerts() {
        SplittableRandom rnd = new SplittableRandom(1);
        Map<String, Integer> runsWith = new java.util.TreeMap<>();
        int runs = 200;
        for (int run = 0; run < runs; run++) {
            alerts.clear();
            RegressionMonitor m = new RegressionMonitor(RegressionConfig.defaults(), alerts::add);
            for (int i = 0; i < 40; i++) {
                m.observe(report(i, 1.0 + 0.2 * rnd.nextGaussian(), 0.002 + 0.002 * rnd.nextGaussian()));
            }
            alerts.stream().filter(a -> a.severity() != HealthSeverity.OK).map(AlertEvent::kind).distinct()
                    .forEach(k -> runsWith.merge(k, 1, Integer::sum));
            assertThat(m.rollingPerformance().count()).isEqualTo(20);
        }
        // Each test runs at its stated level on every report, over overlapping windows, so some runs of pure
        // noise alarm; a detector that ignored its threshold would alarm in most of them.
        assertThat(runsWith.getOrDefault("trend.degrading", 0) / (double) runs).as("%s", runsWith).isLessThan(0.35);
        assertThat(runsWith.getOrDefault("anomaly", 0) / (double) runs).as("%s", runsWith).isLessThan(0.35);
        assertThat(runsWith.getOrDefault("change_point", 0) / (double) runs).as("%s", runsWith).isLessThan(0.05);
    }

    @Test
    void aSteadyDeclineRaisesOneTrendAlertWithItsTest() {
        RegressionMonitor m = new RegressionMonitor(RegressionConfig.defaults(), alerts::add);
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 30; i++) {
            m.observe(report(i, 2.0 - 0.08 * i + 0.05 * rnd.nextGaussian(), 0.001));
        }
        List<AlertEvent> trend = alerts.stream().filter(a -> a.kind().equals("trend.degrading")).toList();
        assertThat(trend).hasSize(1);
        assertThat(trend.get(0).message()).contains("Mann-Kendall").contains("alpha=0.05");
        assertThat(trend.get(0).value()).as("Sen slope").isNegative();
        assertThat(m.lastTrend().trend()).isEqualTo(Trend.DEGRADING);
    }

    @Test
    void aCollapseIsAnAnomalyAndAReturnDropIsAChangePoint() {
        RegressionMonitor m = new RegressionMonitor(RegressionConfig.defaults(), alerts::add);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            m.observe(report(i, 1.0 + 0.1 * rnd.nextGaussian(), 0.003 + 0.001 * rnd.nextGaussian()));
        }
        assertThat(alerts).isEmpty();
        List<AlertEvent> raised = m.observe(report(20, -3.0, 0.003));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("anomaly");
            assertThat(a.severity()).isEqualTo(HealthSeverity.WARNING);
        });
        int changeAt = -1;
        for (int i = 21; i < 60 && changeAt < 0; i++) {
            List<AlertEvent> r = m.observe(report(i, 1.0 + 0.1 * rnd.nextGaussian(), -0.01));
            if (r.stream().anyMatch(a -> a.kind().equals("change_point"))) {
                changeAt = i;
            }
        }
        assertThat(changeAt).as("Page-Hinkley fires within a few reports of the drop").isBetween(21, 26);
    }

    @Test
    void rejectsInvalidConfig() {
        assertThatThrownBy(() -> RegressionConfig.builder().alpha(0).build()).hasMessageContaining("alpha");
        assertThatThrownBy(() -> RegressionConfig.builder().minHistory(50).build()).hasMessageContaining("minHistory");
    }
}
