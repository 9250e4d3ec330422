package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RegistryEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistical gate and the automatic rollback end to end on the simulated clock, with scripted
 * per-session returns instead of a learner: a market without edge deploys nothing, an edge deploys a model
 * that beats flat, and a champion that turns worse on the next sessions is rolled back on its own.
 */
class ContinuousTrainerGateTest extends WithTrainerHarness {

    @BeforeEach
    void onlyManualRetrains() {
        // the schedule would retrain every other session; here the test decides when a retrain happens
        h.config(h.config().toBuilder().disabledTriggers(Set.of("scheduled", "performance", "data_drift",
                "model_health")).build());
    }

    @Test
    void aMarketWithoutEdgeEndsWithNoActiveModel() {
        h.evaluator.thenScores(0.0, 0.0, 0.0);
        ContinuousTrainer ct = h.start();
        for (int i = 0; i < 3; i++) {
            RetrainReport r = h.retrainOnRequest(ct, false).retrain().orElseThrow();
            assertThat(r.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
            assertThat(r.promoted()).as("retrain %d", i + 1).isFalse();
            assertThat(r.mode()).as("without a champion every retrain is full").isEqualTo(RetrainMode.FULL);
            GateCheck flat = check(r.gate(), GateCheck.BEATS_FLAT);
            assertThat(flat.decision()).isEqualTo(GateCheck.FAIL);
            assertThat(flat.sessions()).isEqualTo(10);
            assertThat(flat.probability()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(flat.reason()).contains("has not beat flat on 10 held-out sessions");
        }
        assertThat(h.models.aliases()).doesNotContainKeys(Alias.ACTIVE, Alias.CHAMPION);
        assertThat(h.models.find(ModelRef.of(Alias.ACTIVE))).isEmpty();
        assertThat(h.models.list()).hasSize(3);
        assertThat(Probation.load(h.dir)).as("nothing promoted, nothing on probation").isEmpty();
    }

    @Test
    void aMarketWithAnEdgeDeploysAModelThatBeatsFlat() {
        h.evaluator.thenScores(1.0);
        ContinuousTrainer ct = h.start();
        RetrainReport r = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        assertThat(r.promoted()).isTrue();
        assertThat(h.models.aliases()).containsEntry(Alias.ACTIVE, r.version());
        GateResult stored = h.models.metadata(ModelRef.of(r.version())).validation();
        GateCheck flat = check(stored, GateCheck.BEATS_FLAT);
        assertThat(flat.decision()).isEqualTo(GateCheck.PASS);
        assertThat(flat.sessions()).isGreaterThanOrEqualTo(10);
        assertThat(flat.probability()).isGreaterThanOrEqualTo(0.95);
        assertThat(flat.candidate()).as("mean session return").isCloseTo(ScriptedEvaluator.SCALE,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(check(stored, GateCheck.VS_CHAMPION).decision()).isEqualTo(GateCheck.SKIP);
        Probation p = Probation.load(h.dir).orElseThrow();
        assertThat(p.status()).isEqualTo(Probation.Status.ON_PROBATION);
        assertThat(p.champion()).isEqualTo(r.version().value());
        assertThat(p.predecessor()).isNull();
        assertThat(p.gatedThrough()).isEqualTo(stored.heldOut().to());
    }

    @Test
    void aNewChampionThatTurnsWorseThanItsPredecessorIsRolledBackWithItsEvidence() {
        h.evaluator.thenScores(1.0, 1.5);
        ContinuousTrainer ct = h.start();
        ModelVersionId first = h.retrainOnRequest(ct, false).retrain().orElseThrow().version();
        RetrainReport second = h.retrainOnRequest(ct, false).retrain().orElseThrow();
        assertThat(second.promoted()).isTrue();
        assertThat(Probation.load(h.dir).orElseThrow().predecessor()).isEqualTo(first.value());
        assertThat(h.feed.driftReferenceId()).as("drift is measured against the new champion's data")
                .contains(second.version().value());

        h.evaluator.changeEdge(1, -0.5);  // the regime changes: the new champion now loses money
        Probation decided = runUntilDecided(ct);

        assertThat(decided.status()).isEqualTo(Probation.Status.ROLLED_BACK);
        assertThat(decided.action()).startsWith("rolled back to " + first + "; drift reference reset to its "
                + "training data (");
        assertThat(h.feed.driftReferenceId()).as("after the rollback, drift is measured against the reactivated "
                + "model's own training data").contains(first.value());
        assertThat(decided.evidence().kind()).isEqualTo(GateCheck.PROBATION);
        assertThat(decided.evidence().sessions()).isEqualTo(10);
        assertThat(decided.evidence().decision()).isEqualTo(GateCheck.FAIL);
        assertThat(decided.evidence().reason()).contains("significantly worse").contains(first.value());
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, first).containsEntry(Alias.ACTIVE, first);
        RegistryEvent last = h.models.history().get(h.models.history().size() - 1);
        assertThat(last.action()).isEqualTo("rollback");
        assertThat(last.previous()).isEqualTo(second.version());
        assertThat(last.reason()).startsWith("automatic rollback of " + second.version());
        assertThat(Probation.load(h.dir).orElseThrow()).as("the decision is kept for status").isEqualTo(decided);
    }

    @Test
    void aFirstChampionThatTurnsWorseThanFlatIsDeactivated() {
        h.evaluator.thenScores(1.0);
        ContinuousTrainer ct = h.start();
        ModelVersionId only = h.retrainOnRequest(ct, false).retrain().orElseThrow().version();
        h.evaluator.changeEdge(0, -0.5);
        Probation decided = runUntilDecided(ct);
        assertThat(decided.status()).isEqualTo(Probation.Status.ROLLED_BACK);
        assertThat(decided.action()).contains("nothing deployed");
        assertThat(decided.evidence().reason()).contains("flat");
        assertThat(h.models.aliases()).doesNotContainKeys(Alias.ACTIVE, Alias.CHAMPION);
        assertThat(h.models.get(ModelRef.of(only)).id()).as("kept in the registry").isEqualTo(only);
    }

    @Test
    void aNewChampionThatHoldsUpIsConfirmed() {
        h.evaluator.thenScores(1.0, 1.5);
        ContinuousTrainer ct = h.start();
        h.retrainOnRequest(ct, false);
        ModelVersionId second = h.retrainOnRequest(ct, false).retrain().orElseThrow().version();
        Probation decided = runUntilDecided(ct);
        assertThat(decided.status()).as(decided.evidence().reason()).isEqualTo(Probation.Status.CONFIRMED);
        assertThat(h.models.aliases()).containsEntry(Alias.ACTIVE, second);
    }

    /** Moves the clock one session per cycle until the probation is decided (10 new sessions are needed). */
    private Probation runUntilDecided(ContinuousTrainer ct) {
        for (int cycle = 1; cycle <= 14; cycle++) {
            h.clock.nextSession();
            CycleReport report = ct.runCycle();
            Probation p = Probation.load(h.dir).orElseThrow();
            if (p.status() != Probation.Status.ON_PROBATION) {
                assertThat(cycle).as("decided once 10 new sessions exist, not before").isGreaterThanOrEqualTo(10);
                assertThat(report.probation()).as("the deciding cycle reports it").contains(p);
                return p;
            }
            assertThat(report.probation()).isEmpty();
        }
        throw new AssertionError("probation not decided after 14 new sessions: " + Probation.load(h.dir));
    }

    private static GateCheck check(GateResult r, String kind) {
        List<GateCheck> found = r.checks().stream().filter(c -> c.kind().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }
}
