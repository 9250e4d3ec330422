package io.deepscalper.continuous.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.core.replay.ReplayBatch;
import io.deepscalper.monitoring.health.CriticalAction;
import io.deepscalper.monitoring.health.HealthConfig;
import io.deepscalper.monitoring.health.ModelHealthMonitor;
import io.deepscalper.testkit.RecordingTrainingControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forces each health condition on a real DJL/PyTorch network trained by the project's learner:
 * a huge learning rate, zeroed weights, a NaN input. Every test is bounded by a fixed number of updates.
 */
@Tag("integration")
class ModelHealthOnDjlTest {
    private static final int PROBE_ROWS = 8;

    private final List<HealthReport> reports = new ArrayList<>();

    private ModelHealthMonitor monitor(LearnerHarness h, CriticalAction action) {
        return new ModelHealthMonitor(HealthConfig.builder().checkEveryUpdates(10).onCritical(action).build(),
                h.network, LearnerHarness.probe(PROBE_ROWS), PROBE_ROWS, reports::add);
    }

    private static List<String> checks(HealthReport r) {
        return r.findings().stream().map(HealthFinding::check).toList();
    }

    @Test
    void aHealthyNetworkAtTheDefaultLearningRateReportsOk() {
        try (LearnerHarness h = new LearnerHarness(3e-4, 1)) {
            ModelHealthMonitor m = monitor(h, CriticalAction.ROLLBACK);
            RecordingTrainingControl control = new RecordingTrainingControl();
            for (int i = 0; i < 30; i++) {
                m.onUpdate(h.update(LearnerHarness.batch(i)), control);
            }
            assertThat(reports).hasSize(3);
            assertThat(reports).allSatisfy(r -> assertThat(r.severity()).as(r.summary()).isEqualTo(HealthSeverity.OK));
            HealthReport r = reports.get(2);
            assertThat(r.statistics()).containsKeys("grad_norm.trunk.0.weight", "weight_norm.trunk.0.weight",
                    "dead_share.trunk.0", "act_mean.trunk.1", "act_std.value.0");
            assertThat(r.statistics().get("weight_norm.trunk.0.weight")).isPositive();
            assertThat(r.statistics().get("dead_share.trunk.0")).isLessThan(0.5);
            assertThat(control.stopRequested()).isFalse();
        }
    }

    @Test
    void aHugeLearningRateIsCaughtAsExplosionOrNanAndRollsBack() {
        try (LearnerHarness h = new LearnerHarness(0.9, 2)) {
            ModelHealthMonitor m = monitor(h, CriticalAction.ROLLBACK);
            RecordingTrainingControl control = new RecordingTrainingControl();
            int updates = 0;
            while (!control.stopRequested() && updates < 100) {
                m.onUpdate(h.update(LearnerHarness.batch(updates)), control);
                updates++;
            }
            assertThat(control.rollbackReason()).as("rollback requested within 100 updates").isNotNull()
                    .contains("CRITICAL");
            HealthReport critical = m.lastReport();
            assertThat(critical.isCritical()).isTrue();
            assertThat(checks(critical)).containsAnyOf("gradient.explosion", "nonfinite.loss", "nonfinite.gradients",
                    "nonfinite.weights");
            assertThat(updates).as("caught between scheduled checks, on the update it happened").isLessThan(100);
        }
    }

    @Test
    void zeroedWeightsShowDeadUnitsAndVanishingGradients() {
        try (LearnerHarness h = new LearnerHarness(3e-4, 3)) {
            List<NamedTensor> zeros = new ArrayList<>();
            for (NamedTensor t : h.network.parameters().tensors()) {
                zeros.add(new NamedTensor(t.name(), t.shape(), new float[t.data().length]));
            }
            h.network.setParameters(new ParameterSet(zeros));
            ModelHealthMonitor m = monitor(h, CriticalAction.STOP);
            RecordingTrainingControl control = new RecordingTrainingControl();
            UpdateEvent e = h.update(LearnerHarness.batch(5));
            HealthReport r = m.check(e, control);
            assertThat(checks(r)).contains("activation.dead", "gradient.vanishing");
            assertThat(r.findings()).filteredOn(f -> f.check().equals("activation.dead"))
                    .extracting(HealthFinding::layer).contains("trunk.0", "trunk.1");
            assertThat(r.statistics().get("dead_share.trunk.0")).isEqualTo(1.0);
            assertThat(r.findings()).filteredOn(f -> f.check().equals("gradient.vanishing"))
                    .extracting(HealthFinding::layer).contains("trunk.0.weight");
            assertThat(r.severity()).isEqualTo(HealthSeverity.CRITICAL);
            assertThat(control.stopReason()).isNotNull();
            assertThat(control.rollbackReason()).isNull();
        }
    }

    @Test
    void aNanInputIsDetectedOnTheSameUpdate() {
        try (LearnerHarness h = new LearnerHarness(3e-4, 4)) {
            ModelHealthMonitor m = monitor(h, CriticalAction.ROLLBACK);
            RecordingTrainingControl control = new RecordingTrainingControl();
            m.onUpdate(h.update(LearnerHarness.batch(1)), control);
            ReplayBatch poisoned = LearnerHarness.batch(2);
            poisoned.observations[3] = Float.NaN;
            m.onUpdate(h.update(poisoned), control);
            assertThat(reports).hasSize(1);
            HealthReport r = reports.get(0);
            assertThat(r.update()).isEqualTo(2);
            assertThat(checks(r)).contains("nonfinite.loss");
            assertThat(r.isCritical()).isTrue();
            assertThat(control.rollbackReason()).contains("nonfinite.loss");
        }
    }

    @Test
    void probeBatchMustMatchTheNetwork() {
        try (LearnerHarness h = new LearnerHarness(3e-4, 1)) {
            assertThatThrownBy(() -> new ModelHealthMonitor(HealthConfig.defaults(), h.network, new float[3], 1,
                    r -> { })).hasMessageContaining("probe batch must hold");
        }
    }
}
