package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.PerformanceSignal;
import io.deepscalper.api.continuous.PerformanceTrend;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerDecision;
import io.deepscalper.continuous.trigger.DataDriftTrigger;
import io.deepscalper.continuous.trigger.ManualTrigger;
import io.deepscalper.continuous.trigger.ModelHealthTrigger;
import io.deepscalper.continuous.trigger.PerformanceTrigger;
import io.deepscalper.continuous.trigger.ScheduledTrigger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every built-in trigger fires exactly when its condition holds (unlike the original system's drift and health triggers, which never fired). */
class BuiltInTriggersTest {

    @Test
    void allBuiltInsAreFoundThroughServiceLoader() {
        assertThat(Providers.names(RetrainTrigger.class))
                .contains("scheduled", "performance", "data_drift", "model_health", "manual");
        assertThat(Providers.load(RetrainTrigger.class).get(0).name()).isEqualTo("manual");
    }

    @Test
    void scheduledFiresWithoutModelAndAfterTheInterval() {
        Contexts c = new Contexts();
        c.champion = null;
        c.lastRetrain = null;
        assertThat(new ScheduledTrigger().evaluate(c.build()).fire()).isTrue();

        c = new Contexts();
        c.lastRetrain = Contexts.NOW.minus(Duration.ofHours(23).plusMinutes(59));
        assertThat(new ScheduledTrigger().evaluate(c.build()).fire()).isFalse();
        c.lastRetrain = Contexts.NOW.minus(Duration.ofHours(24));
        TriggerDecision d = new ScheduledTrigger().evaluate(c.build());
        assertThat(d.fire()).isTrue();
        assertThat(d.reason()).contains("24.0 h since the last retrain");

        c.config = ContinuousTrainingConfig.builder().retrainIntervalHours(48).build();
        assertThat(new ScheduledTrigger().evaluate(c.build()).fire()).isFalse();
    }

    @Test
    void performanceFiresOnEvidenceOfDegradationNotOnALowSharpe() {
        Contexts c = new Contexts();
        c.champion = "v_1";
        // a 3-session Sharpe far below any threshold is no evidence by itself: the per-session tests decide
        c.evaluations = List.of(Map.of("sharpe", 0.5), Map.of("sharpe", -40.0));
        c.performance = new PerformanceSignal(PerformanceTrend.STABLE, false, "quiet");
        TriggerDecision hold = new PerformanceTrigger().evaluate(c.build());
        assertThat(hold.fire()).isFalse();
        assertThat(hold.reason()).contains("stable").contains("quiet");

        c.performance = new PerformanceSignal(PerformanceTrend.DEGRADING, false, "Mann-Kendall p = 0.004");
        TriggerDecision trend = new PerformanceTrigger().evaluate(c.build());
        assertThat(trend.fire()).isTrue();
        assertThat(trend.reason()).contains("per-session P&L is degrading").contains("p = 0.004");
        c.performance = new PerformanceSignal(PerformanceTrend.STABLE, true, "Page-Hinkley detected a drop");
        assertThat(new PerformanceTrigger().evaluate(c.build()).reason()).contains("dropped");
        c.performance = new PerformanceSignal(PerformanceTrend.IMPROVING, false, "up");
        assertThat(new PerformanceTrigger().evaluate(c.build()).fire()).isFalse();

        c.champion = null;
        c.performance = new PerformanceSignal(PerformanceTrend.DEGRADING, true, "stale");
        assertThat(new PerformanceTrigger().evaluate(c.build()).reason()).isEqualTo("no champion to watch");
    }

    @Test
    void driftFiresOnlyOnAcceptedDriftedBatches() {
        Contexts c = new Contexts();
        c.updates = List.of(Contexts.update("SPY", true, 0.0), Contexts.update("QQQ", true, null));
        assertThat(new DataDriftTrigger().evaluate(c.build()).fire()).isFalse();
        c.updates = List.of(Contexts.update("SPY", false, 1.0));
        assertThat(new DataDriftTrigger().evaluate(c.build()).fire())
                .as("a quarantined batch never reaches training").isFalse();
        c.updates = List.of(Contexts.update("SPY", true, 0.0), Contexts.update("QQQ", true, 0.5));
        TriggerDecision d = new DataDriftTrigger().evaluate(c.build());
        assertThat(d.fire()).isTrue();
        assertThat(d.reason()).contains("QQQ").contains("return_1").doesNotContain("SPY");
    }

    @Test
    void healthFiresAFullRetrainOnlyWhenCritical() {
        Contexts c = new Contexts();
        assertThat(new ModelHealthTrigger().evaluate(c.build()).fire()).isFalse();
        c.health = HealthReport.of(10, 5, 0, List.of(new HealthFinding("activation.dead", "trunk.0", 0.6, 0.5,
                HealthSeverity.WARNING, "many dead units")), Map.of());
        assertThat(new ModelHealthTrigger().evaluate(c.build()).fire()).isFalse();
        c.health = HealthReport.of(10, 5, 0, List.of(new HealthFinding("nonfinite.loss", "*", Double.NaN, 0,
                HealthSeverity.CRITICAL, "loss is NaN")), Map.of());
        TriggerDecision d = new ModelHealthTrigger().evaluate(c.build());
        assertThat(d.fire()).isTrue();
        assertThat(d.requireFull()).isTrue();
        assertThat(d.reason()).contains("nonfinite.loss");
    }

    @Test
    void manualFiresOnARequestAndKeepsItsFullFlag() {
        Contexts c = new Contexts();
        assertThat(new ManualTrigger().evaluate(c.build()).fire()).isFalse();
        c.manual = new RetrainRequest(true, "SPY", Contexts.NOW, "alice");
        TriggerDecision d = new ManualTrigger().evaluate(c.build());
        assertThat(d.fire()).isTrue();
        assertThat(d.requireFull()).isTrue();
        assertThat(d.reason()).contains("alice").contains("SPY");
        c.manual = new RetrainRequest(false, null, Contexts.NOW, "bob");
        assertThat(new ManualTrigger().evaluate(c.build()).requireFull()).isFalse();
    }

    @Test
    void lambdaTriggersKeepTheirName() {
        RetrainTrigger t = RetrainTrigger.of("friday", ctx -> TriggerDecision.fire("it is friday"));
        assertThat(t.name()).isEqualTo("friday");
        assertThat(t.evaluate(new Contexts().build()).reason()).isEqualTo("it is friday");
    }
}
