package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.continuous.wiring.NyseSessions;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A config change that alters the network's shape: the next retrain is a full one and says why, the
 * champion of the old shape is evaluated under its own settings, and an interrupted run of the old shape
 * is discarded instead of failing every start.
 */
class ShapeChangeTest extends WithTrainerHarness {
    private static final NetworkConfig WIDER = new NetworkConfig(10, List.of(16), 8, 4, 21, 11);

    /** Scores every model with the scripted default edge and records which networks it was asked to evaluate under. */
    private static final class ShapeRecordingEvaluator implements ModelEvaluator {
        final List<NetworkConfig> forModels = new ArrayList<>();

        private final ScriptedEvaluator scores = new ScriptedEvaluator();

        @Override
        public ModelEvaluation evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
            return scores.evaluate(parameters, heldOut);
        }

        @Override
        public ModelEvaluator forModel(ModelMetadata model) {
            forModels.add(model.network());
            return this;
        }
    }

    private ContinuousTrainer trainer(ModelEvaluator evaluator) {
        return ContinuousTrainer.builder().workdir(dir).clock(h.clock).config(h.config()).feed(h.feed)
                .models(h.models).metrics(h.metrics).trainer(h.trainer).evaluator(evaluator)
                .gate(TrainerHarness.GATE).splitter(new NyseSessions()).beforeCycle(h.feed::updateNow).build();
    }

    @Test
    void aChangedShapeMakesTheNextRetrainFullAndTheOldChampionIsEvaluatedUnderItsOwnShape() {
        ShapeRecordingEvaluator evaluator = new ShapeRecordingEvaluator();
        try (ContinuousTrainer ct = trainer(evaluator)) {
            ct.start();
            RetrainReport first = ct.runCycle().retrain().orElseThrow();
            assertThat(first.mode()).isEqualTo(RetrainMode.FULL);
            RetrainReport same = h.retrainOnRequest(ct, false).retrain().orElseThrow();
            assertThat(same.mode()).as("same shape: incremental").isEqualTo(RetrainMode.INCREMENTAL);

            h.trainer.network(WIDER);
            evaluator.forModels.clear();
            RetrainReport changed = h.retrainOnRequest(ct, false).retrain().orElseThrow();
            assertThat(changed.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
            assertThat(changed.mode()).isEqualTo(RetrainMode.FULL);
            assertThat(changed.parent()).isNull();
            assertThat(changed.message()).contains("FULL retrain (the network's shape changed since")
                    .contains("trunkSizes [8] -> [16]");
            assertThat(h.trainer.jobs().get(h.trainer.jobs().size() - 1).warmStart()).isNull();
            assertThat(evaluator.forModels).as("the old champion, under its own network")
                    .contains(FakeTrainer.NETWORK);
        }
    }

    @Test
    void anInterruptedRunOfAnotherShapeIsDiscardedWithAReason() throws Exception {
        h.trainer.network(WIDER);
        PendingRun stale = new PendingRun("run_1_1", RetrainMode.FULL, null, "scheduled", "schedule", 100, null,
                Instant.parse("2025-03-03T21:01:00Z"), LocalDate.of(2025, 2, 27), FakeTrainer.NETWORK, null);
        Files.createDirectories(dir.resolve("checkpoints/run_1_1"));
        stale.save(dir.resolve("checkpoints"));
        try (ContinuousTrainer ct = trainer(new ShapeRecordingEvaluator())) {
            Optional<RetrainReport> r = ct.start();
            assertThat(r).isPresent();
            assertThat(r.get().outcome()).isEqualTo(RetrainReport.Outcome.SKIPPED);
            assertThat(r.get().message()).contains("discarded the interrupted retrain run_1_1")
                    .contains("another shape").contains("trunkSizes [8] -> [16]");
            assertThat(dir.resolve("checkpoints/run.json")).doesNotExist();
            assertThat(dir.resolve("checkpoints/run_1_1")).doesNotExist();
            assertThat(h.trainer.jobs()).as("nothing was trained on the stale checkpoint").isEmpty();
            assertThat(ct.runCycle().retrain()).as("the loop goes on: the first retrain").isPresent();
        }
    }
}
