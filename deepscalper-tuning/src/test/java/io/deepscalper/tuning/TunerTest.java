package io.deepscalper.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrialRecord;
import io.deepscalper.tuning.sample.RandomSampler;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import io.deepscalper.tuning.space.SearchSpace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real, tiny search: trials train, are stored, do not depend on the parallelism, and the best is gated. */
class TunerTest {
    static final SearchSpace SPACE = SearchSpace.parse("""
            {"train.learningRate": {"type": "loguniform", "low": 1e-4, "high": 3e-3},
             "train.gamma": {"type": "uniform", "low": 0.5, "high": 0.95}}""");
    static final TuningConfig CONFIG = new TuningConfig(4, null, 3, 3, 5, new SuccessiveHalving(100, 2));

    static TuningResult search(int cores, TrialListener listener, Path scratch) {
        TuningSplit split = TuningSplit.of(TinySearch.sessions(), 5, 3);
        Tuner t = new Tuner(SPACE, new RandomSampler(), CONFIG, new LocalTrialExecutor(cores, 1), listener);
        return t.search("test", split, TinySearch.env(), TinySearch.train(), scratch);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void trialsAreStoredIndependentOfParallelismAndTheBestIsGated(@TempDir Path dir) {
        TuningResult two;
        try (MetricsStore store = MetricsStore.inWorkingDirectory(dir)) {
            two = search(2, new MetricsTrialStore(store, Clock.systemUTC()), dir.resolve("scratch"));
            List<TrialRecord> rows = store.trials("test");
            assertThat(rows).extracting(TrialRecord::trial).containsExactly(0, 1, 2, 3);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.sampler()).isEqualTo("random");
                assertThat(r.valuesJson()).contains("train.learningRate").contains("train.gamma");
                assertThat(r.curve()).isNotEmpty();
            });
            assertThat(rows.get(0).seed()).isEqualTo(3);
            assertThat(rows.get(3).seed()).isEqualTo(6);
        }
        TuningResult one = search(1, TrialListener.none(), dir.resolve("scratch1"));
        assertThat(one.trials()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            TrialResult a = two.trials().get(i);
            TrialResult b = one.trials().get(i);
            assertThat(a.withParameters(null)).usingRecursiveComparison().ignoringFields("wallMillis").isEqualTo(
                    b.withParameters(null));
            if (a.completed()) {
                assertThat(ParameterCodec.encode(a.network(), a.parameters()))
                        .isEqualTo(ParameterCodec.encode(b.network(), b.parameters()));
            }
        }
        assertThat(two.best()).isPresent();
        assertThat(two.deflation().trials()).isEqualTo(4);

        ModelStore models = TrainerAssembly.openRegistry(dir);
        ValidationGate gate = ValidationGate.builder().minSessions(5).build();
        TuningSplit split = TuningSplit.of(TinySearch.sessions(), 5, 3);
        CandidateRegistration.Registration reg = CandidateRegistration.register(models, gate, two, split,
                TinySearch.env(), TinySearch.train(), null).orElseThrow();
        assertThat(reg.gate().heldOut().sessions()).isEqualTo(5);
        assertThat(reg.gate().heldOut().from()).isEqualTo(split.gate().get(0).sessions().get(0).date());
        ModelMetadata meta = models.metadata(ModelRef.of(reg.version().id()));
        JsonNode tuning = meta.config().get("tuning");
        assertThat(tuning.get("trials").asInt()).isEqualTo(4);
        assertThat(tuning.get("bestTrial").asInt()).isEqualTo(two.best().get().number());
        assertThat(tuning.get("deflatedSharpe").asDouble()).isEqualTo(two.deflation().probability());
        assertThat(meta.metrics()).containsEntry("tuning.trials", 4.0);
        assertThat(meta.config().get("train").get("seed").asLong()).isEqualTo(two.best().get().seed());
        assertThat(reg.promoted()).isEqualTo(reg.gate().passed());
    }

    @Test
    void aSpentWallTimeBudgetStartsNoFurtherBatchAndRegistersNothing(@TempDir Path dir) {
        TuningConfig spent = new TuningConfig(4, java.time.Duration.ofNanos(1), 3, 3, 5, SuccessiveHalving.off());
        TuningSplit split = TuningSplit.of(TinySearch.sessions(), 5, 3);
        TuningResult r = new Tuner(SPACE, new RandomSampler(), spent, new LocalTrialExecutor(2, 1), TrialListener.none())
                .search("spent", split, TinySearch.env(), TinySearch.train(), dir);
        assertThat(r.trials()).isEmpty();
        assertThat(r.best()).isEmpty();
        assertThat(r.deflation()).isNull();
        assertThat(CandidateRegistration.register(TrainerAssembly.openRegistry(dir),
                ValidationGate.builder().minSessions(5).build(), r, split, TinySearch.env(), TinySearch.train(), null))
                .isEmpty();
    }

    @Test
    void refusesSettingsUnderWhichTheValidationWindowWouldBeTrainedOn(@TempDir Path dir) {
        Tuner t = new Tuner(SPACE, new RandomSampler(), CONFIG, new LocalTrialExecutor(1, 1), TrialListener.none());
        TuningSplit split = TuningSplit.of(TinySearch.sessions(), 5, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.search("x", split, TinySearch.env(),
                        TinySearch.train().toBuilder().evalIntervalSteps(0).build(), dir))
                .hasMessageContaining("train.evalIntervalSteps > 0");
        // a first rung off the checkpoints would never judge
        Tuner offGrid = new Tuner(SPACE, new RandomSampler(), new TuningConfig(2, null, 0, 3, 5,
                new SuccessiveHalving(150, 2)), new LocalTrialExecutor(1, 1), TrialListener.none());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> offGrid.search("x", split, TinySearch.env(),
                TinySearch.train(), dir)).hasMessageContaining("not a multiple of train.evalIntervalSteps");
    }

    @Test
    void refusesTooLittleDataNamingWhatItNeeds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TuningSplit.of(TinySearch.sessions(), 15, 10))
                .hasMessageContaining("needs at least 27 sessions").hasMessageContaining("data.lookbackDays");
    }
}
