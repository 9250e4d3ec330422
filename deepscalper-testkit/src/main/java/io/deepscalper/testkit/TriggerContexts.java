package io.deepscalper.testkit;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.data.QualitySummary;
import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.spi.TriggerContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The orchestrator situations a {@link RetrainTriggerContractKit} puts a trigger in. */
public final class TriggerContexts {
    /** The clock time of every sample context. */
    public static final Instant NOW = Instant.parse("2026-01-05T21:01:00Z");

    private TriggerContexts() {
    }

    /** @return a fresh working directory: no champion, no retrain, nothing evaluated, default config */
    public static TriggerContext initial() {
        return new TriggerContext(NOW, Optional.empty(), 0, Optional.empty(), List.of(), List.of(), Optional.empty(),
                PerformanceSignal.UNKNOWN, Optional.empty(), ContinuousTrainingConfig.defaults());
    }

    /** @return a champion retrained an hour ago, one good evaluation, nothing else happening */
    public static TriggerContext quiet() {
        return new TriggerContext(NOW, Optional.of(NOW.minus(Duration.ofHours(1))), 3,
                Optional.of("v_20260105_200000"), List.of(Map.of("sharpe", 1.2, "max_drawdown", 0.05)), List.of(),
                Optional.empty(), new PerformanceSignal(PerformanceTrend.STABLE, false, "stable"), Optional.empty(),
                ContinuousTrainingConfig.defaults());
    }

    /**
     * @return everything at once: overdue schedule, degrading and NaN evaluations, accepted and quarantined
     *         drifted updates, a critical health report, a pending full manual request, a custom config
     */
    public static TriggerContext busy() {
        DriftSummary drift = new DriftSummary("v_20260101_200000", 0.75, 0.5, List.of(
                new FeatureDrift("return", "ks", 1e-6, 0.05, true), new FeatureDrift("rsi", "ks", 0.4, 0.05, false)));
        QualitySummary good = new QualitySummary(1.0, 0.95, 390, 390, Map.of(), Map.of());
        QualitySummary bad = new QualitySummary(0.5, 0.95, 390, 195, Map.of(), Map.of());
        List<DataUpdate> updates = List.of(
                new DataUpdate("SPY", BarInterval.ONE_MINUTE, 390, NOW.minusSeconds(23_400), NOW, good, drift, true, NOW),
                new DataUpdate("QQQ", BarInterval.ONE_MINUTE, 390, NOW.minusSeconds(23_400), NOW, bad, drift, false, NOW),
                new DataUpdate("IWM", BarInterval.ONE_MINUTE, 0, null, null, good, null, true, NOW));
        HealthReport critical = HealthReport.of(500, 400, 1, List.of(new HealthFinding("nonfinite.loss", "*",
                Double.NaN, 0, HealthSeverity.CRITICAL, "loss is NaN")), Map.of("loss", Double.NaN));
        ContinuousTrainingConfig config = ContinuousTrainingConfig.builder().retrainIntervalHours(6)
                .performanceThreshold(0.5).trendWindow(4).build();
        return new TriggerContext(NOW, Optional.of(NOW.minus(Duration.ofDays(3))), 12,
                Optional.of("v_20260101_200000"),
                List.of(Map.of("sharpe", 1.0), Map.of("sharpe", 0.2), Map.of("sharpe", Double.NaN), Map.of()),
                updates, Optional.of(critical), new PerformanceSignal(PerformanceTrend.DEGRADING, true, "slope -0.4"),
                Optional.of(new RetrainRequest(true, "SPY", NOW.minusSeconds(60), "alice")), config);
    }

    /** @return {@link #initial()}, {@link #quiet()} and {@link #busy()} */
    public static List<TriggerContext> all() {
        return List.of(initial(), quiet(), busy());
    }
}
