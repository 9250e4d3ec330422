package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.monitoring.store.EvaluationRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;


/**
 * The gate decides promotion: a better candidate becomes champion, a worse one is registered as a
 * challenger with its gate result, and retention keeps what the policy protects. Gate messages are not
 * asserted, only that a failed gate records a reason.
 */
class ContinuousTrainerPromotionTest extends WithTrainerHarness {

    @Test
    void aBetterCandidateIsPromotedAndAWorseOneIsRejectedAndKeptAsChallenger() {
        h.evaluator.thenScores(1.0, 1.5, 0.5);
        ContinuousTrainer ct = h.start();
        ModelVersionId initial = ct.runCycle().retrain().orElseThrow().version();

        RetrainReport better = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        assertThat(better.promoted()).isTrue();
        assertThat(better.gate().passed()).isTrue();
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, better.version())
                .containsEntry(Alias.ACTIVE, better.version());

        RetrainReport worse = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        assertThat(worse.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(worse.promoted()).isFalse();
        assertThat(worse.gate().passed()).isFalse();
        assertThat(worse.gate().failures()).as("the recorded reason").isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(worse.gate().champion()).isEqualTo(better.version());
        assertThat(worse.gate().championMetrics()).containsEntry("sharpe", 1.5);
        assertThat(worse.gate().candidateMetrics()).containsEntry("sharpe", 0.5);
        assertThat(h.models.aliases()).as("champion unchanged").containsEntry(Alias.CHAMPION, better.version())
                .containsEntry(Alias.ACTIVE, better.version()).containsEntry(Alias.CHALLENGER, worse.version());

        assertThat(h.models.list()).extracting(ModelVersion::id)
                .containsExactly(initial, better.version(), worse.version());
        assertThat(h.models.get(ModelRef.of(better.version())).gate()).isEqualTo(GateStatus.PASSED);
        assertThat(h.models.get(ModelRef.of(worse.version())).gate()).isEqualTo(GateStatus.FAILED);
        assertThat(h.models.metadata(ModelRef.of(worse.version())).validation().failures()).isNotEmpty();
        assertThat(h.metrics.recentEvaluations(100)).extracting(EvaluationRecord::modelVersion)
                .as("both evaluations are recorded").contains(better.version().value(), worse.version().value());
        assertThat(ct.state().completedRetrains()).as("a rejected version still counts as a retrain").isEqualTo(3);
    }

    @Test
    void aRejectedIncrementalRetrainKeepsWarmStartingFromTheChampion() {
        h.evaluator.thenScores(1.0, 0.2);
        ContinuousTrainer ct = h.start();
        ModelVersionId champion = ct.runCycle().retrain().orElseThrow().version();
        h.retrainOnRequest(ct, false);
        RetrainReport next = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        assertThat(next.mode()).isEqualTo(RetrainMode.INCREMENTAL);
        assertThat(next.parent()).as("the rejected challenger is not trained on").isEqualTo(champion);
    }

    @Test
    void retentionKeepsTheChampionTheChallengerAndTheNewestUpToMaxVersions() {
        h.config(h.config().toBuilder().maxVersions(3).build());
        h.evaluator.thenScores(2.0, 1.0, 0.5, 0.8, 0.7);
        ContinuousTrainer ct = h.start();
        List<ModelVersionId> ids = new ArrayList<>();
        ids.add(ct.runCycle().retrain().orElseThrow().version());
        for (int i = 0; i < 4; i++) {
            RetrainReport r = h.retrainOnRequest(ct, false).retrain().orElseThrow();
            assertThat(r.promoted()).as("retrain %d scores below the champion", i + 2).isFalse();
            ids.add(r.version());
            assertThat(h.models.list().size()).as("versions after retrain %d", i + 2).isLessThanOrEqualTo(3);
        }
        assertThat(h.models.list()).extracting(ModelVersion::id)
                .as("champion (also the best), the newest other, the challenger")
                .containsExactly(ids.get(0), ids.get(3), ids.get(4));
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, ids.get(0)).containsEntry(Alias.CHALLENGER, ids.get(4));
        assertThat(h.models.load(ModelRef.of(Alias.CHAMPION)).metadata().id()).isEqualTo(ids.get(0));
    }
}
