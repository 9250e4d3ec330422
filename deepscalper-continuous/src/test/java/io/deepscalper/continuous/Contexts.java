package io.deepscalper.continuous;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.data.QualitySummary;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.spi.TriggerContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds trigger contexts for tests, starting from "champion v_20260102_153000, nothing happening". */
final class Contexts {
    static final Instant NOW = Instant.parse("2026-01-05T15:00:00Z");

    Instant now = NOW;
    Instant lastRetrain = NOW.minusSeconds(3600);
    String champion = "v_20260102_153000";
    List<Map<String, Double>> evaluations = List.of();
    List<DataUpdate> updates = List.of();
    HealthReport health;
    PerformanceSignal performance = PerformanceSignal.UNKNOWN;
    RetrainRequest manual;
    ContinuousTrainingConfig config = ContinuousTrainingConfig.defaults();

    TriggerContext build() {
        return new TriggerContext(now, Optional.ofNullable(lastRetrain), 1, Optional.ofNullable(champion),
                evaluations, updates, Optional.ofNullable(health), performance, Optional.ofNullable(manual), config);
    }

    static DataUpdate update(String symbol, boolean accepted, Double driftedShare) {
        QualitySummary q = new QualitySummary(accepted ? 1.0 : 0.5, 0.95, 390, accepted ? 390 : 195, Map.of(),
                Map.of());
        DriftSummary d = driftedShare == null ? null : new DriftSummary("v_20260102_153000", driftedShare, 0.5,
                List.of(new FeatureDrift("return_1", "ks", driftedShare >= 0.5 ? 0.001 : 0.4, 0.05,
                        driftedShare >= 0.5), new FeatureDrift("volume_ratio", "ks", 0.3, 0.05, false)));
        return new DataUpdate(symbol, BarInterval.ONE_MINUTE, 390, NOW.minusSeconds(600), NOW, q, d, accepted, NOW);
    }
}
