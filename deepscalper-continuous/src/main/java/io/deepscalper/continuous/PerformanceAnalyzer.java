package io.deepscalper.continuous;

import io.deepscalper.api.continuous.PerformanceSignal;
import java.util.List;
import java.util.Map;

/**
 * Classifies the trend of the champion's recent evaluations and runs the change detector on them.
 * The monitoring module's significance tests plug in here; {@link ChangeDetectingAnalyzer} is the
 * dependency-free default.
 */
@FunctionalInterface
public interface PerformanceAnalyzer {

    /**
     * @param metric      the watched metric
     * @param evaluations recent evaluations, oldest first
     * @return trend and change-detector state
     */
    PerformanceSignal analyze(String metric, List<Map<String, Double>> evaluations);
}
