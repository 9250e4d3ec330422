package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.cli.config.Workdir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code deepscalper tune}: prints the trials, stores them, registers the best through the gate. */
class TuneCliTest {

    private static void tinyTuningConfig(Path dir) {
        WorkdirConfig c = TinyConfig.create()
                .with(Sections.ENV, EnvConfig.defaults().toBuilder().lookback(2).rewardScale(100).build())
                .with(Sections.TRAIN, TrainConfig.builder().totalSteps(400).warmupSteps(50).batchSize(16)
                        .bufferCapacity(2_000).epsilonDecaySteps(300).trunkSizes(List.of(8)).headHidden(8)
                        .auxHidden(4).evalIntervalSteps(100).selectionSessions(3).threads(1).build())
                .with(Sections.CONTINUOUS, ContinuousTrainingConfig.builder().validationSessions(5)
                        .disabledTriggers(Set.of("every_friday")).build())
                .with(Sections.GATE, ValidationGate.builder().minSessions(5).build());
        c.save(dir);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void tunePrintsStoresAndRegistersTheBestTrial(@TempDir Path dir) throws Exception {
        tinyTuningConfig(dir);
        Path space = dir.resolve("space.json");
        Files.writeString(space, "{\"train.learningRate\": {\"type\": \"loguniform\", \"low\": 1e-4, \"high\": 3e-3}}");
        Cli.Result r = Cli.run(dir, "tune", "--trials", "3", "--sampler", "random", "--space", space.toString(),
                "--cores", "2", "--min-steps", "100", "--apply");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("trial  0").contains("trial  2").contains("train.learningRate=")
                .contains("deflated Sharpe ratio").contains("registered v_").contains("gate sessions");
        try (MetricsStore store = MetricsStore.openReadOnly(dir.resolve(MetricsStore.FILE_NAME))) {
            assertThat(store.trials(null)).hasSize(3);
        }
        var latest = new Workdir(dir).models().metadata(ModelRef.parse("latest"));
        assertThat(latest.trigger()).isEqualTo("tune");
        assertThat(latest.config().get("tuning").get("trials").asInt()).isEqualTo(3);
        assertThat(r.out()).contains("registered " + latest.id());
        // a champion promoted by the search is on the loop's probation, as one the loop promoted would be
        var probation = io.deepscalper.continuous.Probation.load(dir);
        assertThat(probation.isPresent()).isEqualTo(latest.validation().passed());
        probation.ifPresent(p -> assertThat(p.champion()).isEqualTo(latest.id().value()));
        // --apply: the searched field lands in config.json only when the best passed the gate
        double lr = WorkdirConfig.load(dir).section(Sections.TRAIN).learningRate();
        double tuned = latest.config().get("tuning").get("bestValues").get("train.learningRate").asDouble();
        if (latest.validation().passed()) {
            assertThat(lr).isEqualTo(tuned);
            assertThat(r.out()).contains("--apply: wrote train.learningRate into config.json");
        } else {
            assertThat(lr).isEqualTo(TrainConfig.builder().build().learningRate());
            assertThat(r.out()).contains("--apply: config.json unchanged");
        }
    }

    @Test
    void badOptionsAndSpacesAreRefusedWithTheirReason(@TempDir Path dir) throws Exception {
        tinyTuningConfig(dir);
        Cli.Result sampler = Cli.run(dir, "tune", "--trials", "2", "--sampler", "grid");
        assertThat(sampler.exitCode()).isEqualTo(2);
        assertThat(sampler.err()).contains("unknown sampler 'grid'");
        Path space = dir.resolve("bad.json");
        Files.writeString(space, "{\"train.gama\": {\"type\": \"uniform\", \"low\": 0.5, \"high\": 0.9}}");
        Cli.Result bad = Cli.run(dir, "tune", "--trials", "2", "--space", space.toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("space.train.gama").contains("unknown field");
    }
}
