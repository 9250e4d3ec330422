package io.deepscalper.monitoring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.testkit.RecordingTrainingControl;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthAnalyzerTest {
    private final HealthAnalyzer analyzer = new HealthAnalyzer(HealthConfig.defaults());

    private static UpdateEvent event(double loss, Map<String, Double> grads, Map<String, Double> weights) {
        return new UpdateEvent(1, 1, loss, loss, 0, 0, 0, 0, 1, grads, weights, 0, 0);
    }

    @Test
    void thresholdsAreAppliedPerParameter() {
        HealthReport r = analyzer.analyze(event(0.5, Map.of("a.weight", 10.5, "b.weight", 5e-7, "c.weight", 1.0),
                Map.of("a.weight", 3.0)), null, 0, 0);
        assertThat(r.findings()).extracting(HealthFinding::check, HealthFinding::layer, HealthFinding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gradient.explosion", "a.weight", HealthSeverity.CRITICAL),
                        org.assertj.core.groups.Tuple.tuple("gradient.vanishing", "b.weight", HealthSeverity.WARNING));
        assertThat(analyzer.needsImmediateCheck(event(0.5, Map.of("a.weight", 10.5), Map.of()))).isTrue();
        assertThat(analyzer.needsImmediateCheck(event(0.5, Map.of("a.weight", 9.5), Map.of()))).isFalse();
        assertThat(analyzer.needsImmediateCheck(event(0.5, Map.of(), Map.of("w", Double.POSITIVE_INFINITY))))
                .isTrue();
    }

    @Test
    void deadShareAndActivationStatisticsFromTheProbeBatch() {
        // 2 rows x 4 units: unit 0 and 2 never fire -> 50% dead (warning); mean 0.5, population std sqrt(0.5)
        float[] acts = {0, 1, 0, 1, 0, 2, 0, 0};
        HealthReport r = analyzer.analyze(event(0.1, Map.of(), Map.of()), Map.of("trunk.0", acts), 2, 0);
        assertThat(r.statistics()).containsEntry("dead_share.trunk.0", 0.5).containsEntry("act_mean.trunk.0", 0.5);
        assertThat(r.statistics().get("act_std.trunk.0")).isCloseTo(Math.sqrt(0.5), org.assertj.core.api.Assertions
                .within(1e-12));
        assertThat(r.severity()).isEqualTo(HealthSeverity.WARNING);
        float[] bad = {Float.NaN, 1, 1, 1};
        assertThat(analyzer.analyze(event(0.1, Map.of(), Map.of()), Map.of("trunk.0", bad), 2, 0).findings())
                .extracting(HealthFinding::check).containsExactly("nonfinite.activations");
        assertThatThrownBy(() -> analyzer.analyze(event(0.1, Map.of(), Map.of()), Map.of("x", new float[5]), 2, 0))
                .hasMessageContaining("not a multiple");
    }

    @Test
    void explosionPatienceTurnsIsolatedSpikesIntoWarningsAndAStreakIntoCritical() {
        java.util.List<HealthReport> reports = new java.util.ArrayList<>();
        ModelHealthMonitor m = new ModelHealthMonitor(HealthConfig.builder().explosionPatience(3)
                .checkEveryUpdates(1000).build(), null, null, 0, reports::add);
        RecordingTrainingControl control = new RecordingTrainingControl();
        UpdateEvent spike = event(0.5, Map.of("a.weight", 50.0), Map.of());
        UpdateEvent calm = event(0.5, Map.of("a.weight", 1.0), Map.of());
        for (UpdateEvent e : java.util.List.of(spike, spike, calm, spike, spike, spike)) {
            m.onUpdate(e, control);
        }
        assertThat(reports).extracting(HealthReport::severity).containsExactly(HealthSeverity.WARNING,
                HealthSeverity.WARNING, HealthSeverity.WARNING, HealthSeverity.WARNING, HealthSeverity.CRITICAL);
        assertThat(control.rollbackReason()).contains("gradient.explosion");
        assertThatThrownBy(() -> HealthConfig.builder().explosionPatience(0).build())
                .hasMessageContaining("explosionPatience");
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> HealthConfig.builder().explosionThreshold(-1).build())
                .hasMessageContaining("explosionThreshold");
        assertThatThrownBy(() -> HealthConfig.builder().deadShare(0.9, 0.5).build())
                .hasMessageContaining("deadShareCritical");
    }
}
