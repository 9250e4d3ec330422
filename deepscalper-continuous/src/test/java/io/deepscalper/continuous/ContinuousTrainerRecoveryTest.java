package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.health.HealthFinding;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;


/** An interrupted retrain resumes on the next start; a failed or aborted one leaves registry and state as they were. */
class ContinuousTrainerRecoveryTest extends WithTrainerHarness {

    @Test
    void aGracefulStopDuringTrainingResumesTheSameRunFromItsCheckpoint() {
        ContinuousTrainer first = h.start();
        h.trainer.atStep(50, () -> first.requestStop("test stop"));
        RetrainReport interrupted = first.runCycle().retrain().orElseThrow();
        assertThat(interrupted.outcome()).isEqualTo(RetrainReport.Outcome.INTERRUPTED);
        assertThat(interrupted.version()).isNull();
        assertThat(first.stopRequested()).isTrue();
        assertThat(h.models.list()).isEmpty();
        PendingRun pending = PendingRun.load(dir.resolve("checkpoints")).orElseThrow();
        assertThat(pending.trigger()).isEqualTo("scheduled");
        first.close();

        ContinuousTrainer second = h.build();
        Optional<RetrainReport> resumed = second.start();
        assertThat(resumed).isPresent();
        RetrainReport r = resumed.get();
        assertThat(r.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(r.trigger()).isEqualTo("scheduled");
        assertThat(r.promoted()).isTrue();
        assertThat(h.trainer.jobs()).hasSize(2);
        TrainingJob again = h.trainer.jobs().get(1);
        assertThat(again.resume()).isTrue();
        assertThat(again.runId()).isEqualTo(pending.runId());
        assertThat(h.trainer.firstSteps()).as("the resumed job continued after step 50")
                .containsExactly(FakeTrainer.CHUNK, 50 + FakeTrainer.CHUNK);
        assertThat(h.models.list()).singleElement().satisfies(v -> assertThat(v.trigger()).isEqualTo("scheduled"));
        assertThat(PendingRun.load(dir.resolve("checkpoints"))).isEmpty();
        assertThat(dir.resolve("checkpoints").resolve(pending.runId())).doesNotExist();
        assertThat(second.state().completedRetrains()).isEqualTo(1);
    }

    @Test
    void aTrainerFailureLeavesRegistryAndStateAsTheyWereAndTheRunResumesOnTheNextStart() {
        ContinuousTrainer first = h.start();
        ModelVersionId champion = first.runCycle().retrain().orElseThrow().version();
        List<ModelVersion> before = h.models.list();
        h.trainer.failNext(new IllegalStateException("out of memory in the learner"));
        assertThatThrownBy(() -> h.retrainOnRequest(first, false)).hasMessageContaining("out of memory");

        assertThat(h.models.list()).isEqualTo(before);
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, champion).containsEntry(Alias.ACTIVE, champion)
                .doesNotContainKey(Alias.CHALLENGER);
        assertThat(first.state().completedRetrains()).isEqualTo(1);
        assertThat(OrchestratorState.load(dir).completedRetrains()).isEqualTo(1);
        PendingRun pending = PendingRun.load(dir.resolve("checkpoints")).orElseThrow();
        assertThat(pending.trigger()).isEqualTo("manual");
        first.close();

        ContinuousTrainer second = h.build();
        RetrainReport resumed = second.start().orElseThrow();
        assertThat(resumed.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(resumed.trigger()).isEqualTo("manual");
        assertThat(resumed.parent()).isEqualTo(champion);
        assertThat(h.models.list()).hasSize(2);
        assertThat(second.state().completedRetrains()).isEqualTo(2);
    }

    @Test
    void aCriticalHealthReportDuringTrainingDiscardsTheCandidateAndKeepsTheChampion() {
        ContinuousTrainer ct = h.start();
        ModelVersionId champion = ct.runCycle().retrain().orElseThrow().version();
        HealthReport critical = HealthReport.of(20, 20, 0, List.of(new HealthFinding("nonfinite.loss", "*",
                Double.NaN, 0, HealthSeverity.CRITICAL, "loss is NaN")), Map.of());
        h.trainer.atStep(20, () -> ct.onHealth(critical));
        RetrainReport aborted = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        assertThat(aborted.outcome()).isEqualTo(RetrainReport.Outcome.ABORTED);
        assertThat(aborted.version()).isNull();
        assertThat(h.models.list()).hasSize(1);
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, champion);
        assertThat(ct.state().completedRetrains()).isEqualTo(1);
        assertThat(PendingRun.load(dir.resolve("checkpoints"))).as("an aborted run is not resumed").isEmpty();
        assertThat(h.metrics.recentAlerts(10)).anySatisfy(a -> assertThat(a.kind()).isEqualTo("training.aborted"));
        assertThat(ct.stopRequested()).isFalse();
    }
}
