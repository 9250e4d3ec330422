package io.deepscalper.api.spi;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.health.HealthReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a {@link RetrainTrigger} may base its decision on, as of one orchestrator cycle.
 *
 * @param now                the orchestrator's clock time (injectable, so tests run days in seconds)
 * @param lastRetrain        when the last retrain finished, empty before the first
 * @param completedRetrains  retrains finished so far in this working directory
 * @param championVersion    the current champion's version id, empty when there is none
 * @param recentEvaluations  the champion's recent evaluation metrics, oldest first (at most
 *                           {@link ContinuousTrainingConfig#trendWindow()} entries)
 * @param dataUpdates        the data pipeline's updates since the previous cycle, oldest first
 * @param health             the latest model-health report of the champion's training, empty before any
 * @param performance        trend and change-detector state of the recent evaluations
 * @param manualRequest      a pending {@code deepscalper retrain} request, if any
 * @param config             the continuous-training settings (thresholds live here)
 */
public record TriggerContext(Instant now, Optional<Instant> lastRetrain, int completedRetrains,
                             Optional<String> championVersion, List<Map<String, Double>> recentEvaluations,
                             List<DataUpdate> dataUpdates, Optional<HealthReport> health, PerformanceSignal performance,
                             Optional<RetrainRequest> manualRequest, ContinuousTrainingConfig config) {

    /** Rejects nulls and copies the lists, so a trigger cannot change what the next one sees. */
    public TriggerContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lastRetrain, "lastRetrain");
        Objects.requireNonNull(championVersion, "championVersion");
        recentEvaluations = recentEvaluations.stream().map(Map::copyOf).toList();
        dataUpdates = List.copyOf(dataUpdates);
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(performance, "performance");
        Objects.requireNonNull(manualRequest, "manualRequest");
        Objects.requireNonNull(config, "config");
    }

    /** @return the latest value of the configured performance metric, empty when never evaluated */
    public OptionalDouble latestPerformance() {
        if (recentEvaluations.isEmpty()) {
            return OptionalDouble.empty();
        }
        Double v = recentEvaluations.get(recentEvaluations.size() - 1).get(config.performanceMetric());
        return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
