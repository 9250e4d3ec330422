package io.deepscalper.registry.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.model.ActivationRefusedException;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.DataFingerprint;
import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.InvalidVersionIdException;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.ModelComparison;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.RetentionResult;
import io.deepscalper.api.model.TrainingKind;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.registry.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemModelStoreTest {
    @TempDir
    Path dir;

    private ModelStore store() {
        return new FileSystemModelStore(dir, Clock.fixed(Instant.parse("2026-01-02T15:30:07Z"), ZoneOffset.UTC));
    }

    @Test
    void providerIsFoundByName() {
        ModelStore s = Providers.byName(ModelRegistry.class, "filesystem").open(dir);
        assertThat(s.directory()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(s.list()).isEmpty();
    }

    @Test
    void theProviderOpenedOnAClockNamesAndStampsVersionsOnThatClock() {
        // a simulated market in 2011: ids and times must agree with the orchestrator's, not with the wall clock
        Clock simulated = Clock.fixed(Instant.parse("2011-01-31T21:01:00Z"), ZoneOffset.UTC);
        ModelStore s = Providers.byName(ModelRegistry.class, "filesystem").open(dir, simulated);
        ModelVersion a = s.register(NewModelVersion.builder(TestModels.random(TestModels.SMALL, 1), TestModels.SMALL)
                .trigger("scheduled").validation(TestModels.passed(1.0)).build());
        ModelVersion b = s.register(NewModelVersion.builder(TestModels.random(TestModels.SMALL, 2), TestModels.SMALL)
                .trigger("scheduled").build());
        assertThat(a.id().value()).isEqualTo("v_20110131_210100");
        assertThat(b.id().value()).as("same simulated instant: a suffix, never a reuse").isEqualTo("v_20110131_210100_2");
        assertThat(a.createdAt()).isEqualTo(simulated.instant());
        s.activate(ModelRef.of(a.id()));
        assertThat(s.history()).allSatisfy(e -> assertThat(e.at()).isEqualTo(simulated.instant()));
    }

    @Test
    void registerWritesTheDesignLayoutAndLoadsBackExactly() throws Exception {
        ModelStore s = store();
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.putObject("train").put("learningRate", 3e-4).put("batchSize", 256);
        DataFingerprint data = new DataFingerprint(List.of("SPY"), LocalDate.of(2011, 1, 3),
                LocalDate.of(2011, 1, 21), 5460, "a".repeat(64));
        NewModelVersion v = NewModelVersion.builder(TestModels.random(TestModels.SMALL, 1), TestModels.SMALL)
                .trigger("drift").config(config).data(data).seed(42).trainingSteps(150_000).metric("sharpe", 1.3)
                .validation(TestModels.passed(1.3)).build();
        ModelVersion registered = s.register(v);

        assertThat(registered.id().value()).isEqualTo("v_20260102_153007");
        Path folder = dir.resolve("v_20260102_153007");
        assertThat(folder.resolve("model.params")).isRegularFile();
        assertThat(folder.resolve("metadata.json")).isRegularFile();
        assertThat(dir.resolve("registry.json")).isRegularFile();

        LoadedModel loaded = s.load(ModelRef.parse("latest"));
        assertThat(loaded.parameters()).isEqualTo(v.parameters());
        ModelMetadata m = loaded.metadata();
        assertThat(m.trigger()).isEqualTo("drift");
        assertThat(m.kind()).isEqualTo(TrainingKind.FULL);
        assertThat(m.config().at("/train/batchSize").asInt()).isEqualTo(256);
        assertThat(m.data()).isEqualTo(data);
        assertThat(m.seed()).isEqualTo(42);
        assertThat(m.trainingSteps()).isEqualTo(150_000);
        assertThat(m.network()).isEqualTo(TestModels.SMALL);
        assertThat(m.validation()).isEqualTo(v.validation());
        assertThat(m.files()).containsEntry("model.params", Sha256.of(folder.resolve("model.params")));
    }

    @Test
    void gateResultsWithSkippedChecksAndFailuresRoundTripThroughMetadataJson() {
        ModelStore s = store();
        java.util.List<LocalDate> days = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> LocalDate.of(2011, 1, 24).plusDays(i)).toList();
        io.deepscalper.api.model.ModelEvaluation candidate = new io.deepscalper.api.model.ModelEvaluation(
                java.util.Map.of("sharpe", 0.4, "max_drawdown", 0.3), days,
                java.util.List.of(0.01, -0.002, 0.004, 0.0, 0.003, -0.001));
        io.deepscalper.api.model.GateResult gate = io.deepscalper.api.model.ValidationGate.defaults().evaluate(
                candidate, io.deepscalper.api.model.ModelEvaluation.flat(days), null, null,
                new io.deepscalper.api.model.HeldOutSessions("validation", LocalDate.of(2011, 1, 24),
                        LocalDate.of(2011, 1, 29), 6));
        assertThat(gate.passed()).isFalse();
        ModelVersion v = s.register(NewModelVersion.builder(TestModels.random(TestModels.SMALL, 1), TestModels.SMALL)
                .validation(gate).build());
        assertThat(v.gate()).isEqualTo(GateStatus.FAILED);
        ModelMetadata m = s.metadata(ModelRef.of(v.id()));
        assertThat(m.validation()).isEqualTo(gate);
        assertThat(m.validation().failures()).anySatisfy(f -> assertThat(f).contains("max_drawdown 0.3"))
                .anySatisfy(f -> assertThat(f).contains("only 6 held-out session(s)"));
        assertThat(m.validation().checks()).anySatisfy(c -> assertThat(c.decision()).isEqualTo("skip"))
                .allSatisfy(c -> assertThat(c.sessions()).isIn(0, 6));
        assertThat(m.validation().checks()).anySatisfy(c -> assertThat(c.reference()).isNaN());
    }

    @Test
    void idsInTheSameSecondGetSuffixesAndIncrementalVersionsKeepTheirParent() {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(NewModelVersion.builder(TestModels.random(TestModels.SMALL, 2), TestModels.SMALL)
                .incremental(a.id()).build());
        ModelVersion c = s.register(TestModels.version(3, 1.0));
        assertThat(List.of(a.id().value(), b.id().value(), c.id().value()))
                .containsExactly("v_20260102_153007", "v_20260102_153007_2", "v_20260102_153007_3");
        assertThat(b.kind()).isEqualTo(TrainingKind.INCREMENTAL);
        assertThat(b.parent()).isEqualTo(a.id());
        assertThat(s.history()).filteredOn(e -> e.action().equals("register")).extracting(e -> e.version())
                .containsExactly(a.id(), b.id(), c.id());
        assertThat(s.history().get(1).previous()).isEqualTo(a.id());
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void rejectsParametersThatDoNotMatchTheNetwork() {
        ModelStore s = store();
        NewModelVersion wrong = NewModelVersion.builder(TestModels.random(TestModels.SMALL.withInputSize(13), 1),
                TestModels.SMALL).build();
        assertThatThrownBy(() -> s.register(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trunk.0.weight").hasMessageContaining("[16, 13]");
        assertThat(s.list()).isEmpty();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".staging"));
    }

    @Test
    void onlyPassedVersionsActivateWithoutForceAndForcedActivationsAreRecorded() {
        ModelStore s = store();
        ModelVersion good = s.register(TestModels.version(1, 1.0));
        ModelVersion bad = s.register(NewModelVersion.builder(TestModels.random(TestModels.SMALL, 2), TestModels.SMALL)
                .metric("sharpe", 0.2).validation(TestModels.failed(0.2)).build());
        ModelVersion none = s.register(NewModelVersion.builder(TestModels.random(TestModels.SMALL, 3), TestModels.SMALL)
                .build());
        assertThat(bad.gate()).isEqualTo(GateStatus.FAILED);
        assertThat(none.gate()).isEqualTo(GateStatus.NOT_EVALUATED);

        assertThat(s.activate(ModelRef.of(good.id())).aliases()).contains(Alias.ACTIVE, Alias.CHAMPION);
        assertThatThrownBy(() -> s.activate(ModelRef.of(bad.id()))).isInstanceOf(ActivationRefusedException.class)
                .hasMessageContaining("sharpe 0.2 does not satisfy >= 1.2").hasMessageContaining("--force");
        assertThatThrownBy(() -> s.activate(ModelRef.of(none.id()))).isInstanceOf(ActivationRefusedException.class)
                .hasMessageContaining("no validation result");
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, good.id());

        assertThatThrownBy(() -> s.forceActivate(ModelRef.of(bad.id()), " "))
                .hasMessageContaining("needs a reason");
        s.forceActivate(ModelRef.of(bad.id()), "gate metric was broken");
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, bad.id()).containsEntry(Alias.CHAMPION, bad.id());
        assertThat(s.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("activate");
            assertThat(e.forced()).isTrue();
            assertThat(e.reason()).isEqualTo("gate metric was broken");
            assertThat(e.previous()).isEqualTo(good.id());
        });
    }

    @Test
    void rollbackReturnsToThePreviouslyActiveVersionStepByStep() {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.1));
        ModelVersion c = s.register(TestModels.version(3, 1.2));
        assertThatThrownBy(() -> s.rollback("none yet")).isInstanceOf(ModelNotFoundException.class);
        s.activate(ModelRef.of(a.id()));
        s.activate(ModelRef.of(b.id()));
        s.activate(ModelRef.of(c.id()));
        assertThat(s.rollback("c misbehaves").id()).isEqualTo(b.id());
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, b.id()).containsEntry(Alias.CHAMPION, b.id());
        assertThat(s.rollback("b too").id()).isEqualTo(a.id());
        assertThatThrownBy(() -> s.rollback("again")).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("nothing to roll back to");
    }

    @Test
    void aliasesLatestBestAndCompareResolve() {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.5));
        ModelVersion b = s.register(TestModels.version(2, 0.5));
        s.setChallenger(ModelRef.of(b.id()));
        assertThat(s.get(ModelRef.parse("challenger")).id()).isEqualTo(b.id());
        assertThat(s.get(ModelRef.parse("latest")).id()).isEqualTo(b.id());
        assertThatThrownBy(() -> s.get(ModelRef.parse("active"))).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("alias 'active' is not set");
        assertThatThrownBy(() -> s.get(ModelRef.parse("v_20200101_000000")))
                .isInstanceOf(ModelNotFoundException.class).hasMessageContaining(a.id().value());
        assertThatThrownBy(() -> s.get(ModelRef.parse("../../etc/passwd")))
                .isInstanceOf(InvalidVersionIdException.class);

        assertThat(s.best("sharpe", MetricDirection.HIGHER_IS_BETTER)).map(ModelVersion::id).contains(a.id());
        assertThat(s.best("sharpe", MetricDirection.LOWER_IS_BETTER)).map(ModelVersion::id).contains(b.id());
        assertThat(s.best("sortino", MetricDirection.HIGHER_IS_BETTER)).isEmpty();

        ModelComparison cmp = s.compare(ModelRef.of(a.id()), ModelRef.of(b.id()));
        assertThat(cmp.rows()).anySatisfy(r -> {
            assertThat(r.metric()).isEqualTo("sharpe");
            assertThat(r.difference()).isEqualTo(-1.0);
            assertThat(r.relativeDifference()).isCloseTo(-2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        });
        assertThat(cmp.toTable()).contains("sharpe").contains(a.id().value());
    }

    @Test
    void retentionKeepsActiveChampionBestAndRollbackTarget() {
        ModelStore s = store();
        ModelVersion best = s.register(TestModels.version(1, 9.0));
        ModelVersion prev = s.register(TestModels.version(2, 1.0));
        s.register(TestModels.version(3, 1.0));
        ModelVersion active = s.register(TestModels.version(4, 1.0));
        s.register(TestModels.version(5, 1.0));
        ModelVersion newest = s.register(TestModels.version(6, 1.0));
        s.activate(ModelRef.of(prev.id()));
        s.activate(ModelRef.of(active.id()));

        RetentionResult r = s.retain(RetentionPolicy.keep(4));
        assertThat(r.kept()).containsExactly(best.id(), prev.id(), active.id(), newest.id());
        assertThat(r.deleted()).hasSize(2);
        assertThat(s.list()).extracting(ModelVersion::id).containsExactlyElementsOf(r.kept());
        for (var id : r.deleted()) {
            assertThat(dir.resolve(id.value())).doesNotExist();
        }
        assertThat(s.load(ModelRef.parse("active")).metadata().id()).isEqualTo(active.id());
        assertThat(s.rollback("check").id()).isEqualTo(prev.id());
    }

    @Test
    void cleanupLeavesSavesInProgressAloneAndRemovesThoseOfDeadProcesses() throws Exception {
        ModelStore s = store();
        Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-alias"), dir);
        try {
            // staged through another spelling of the folder: still recognised as this JVM's save in progress
            VersionFiles other = new VersionFiles(link.toAbsolutePath());
            try (VersionFiles.Staged staged = other.stage(TestModels.SMALL, TestModels.random(TestModels.SMALL, 1))) {
                assertThat(s.cleanup().removedStaging()).isEmpty();
                assertThat(staged.path).isDirectory();
            }
        } finally {
            Files.delete(link);
        }
        Path dead = Files.createDirectory(dir.resolve(".staging-999999999-0f0e"));
        Files.write(dead.resolve("model.params"), new byte[] {1, 2, 3});
        assertThat(s.cleanup().removedStaging()).containsExactly(".staging-999999999-0f0e");
        assertThat(dead).doesNotExist();
    }

    @Test
    void exportRefusesToOverwriteUnlessTold() throws Exception {
        ModelStore s = store();
        s.register(TestModels.version(1, 1.0));
        Path target = dir.resolve("exports/model.onnx");
        s.export(ModelRef.latest(), "onnx", target, false);
        long first = Files.size(target);
        assertThatThrownBy(() -> s.export(ModelRef.latest(), "onnx", target, false))
                .hasMessageContaining("already exists");
        s.export(ModelRef.latest(), "onnx", target, true);
        assertThat(Files.size(target)).isEqualTo(first);
        assertThatThrownBy(() -> s.export(ModelRef.latest(), "tflite", dir.resolve("x"), false))
                .hasMessageContaining("available").hasMessageContaining("onnx");
        assertThat(Files.list(target.getParent())).hasSize(1);
    }
}
