package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Config changes leave the work directory usable: after each key that changes the network's shape,
 * {@code start}, {@code retrain} and {@code retrain --full} succeed, and a misspelt provider name is
 * refused before it is saved.
 */
@Tag("integration")
class ConfigChangeCliTest {
    /** Every key that changes the network, with a value unlike the tiny config's and unlike the others'. */
    private static final List<String> SHAPE_CHANGES = List.of("env.lookback=12", "env.priceBins=7",
            "env.quantityBins=5", "train.trunkSizes=12", "train.headHidden=12", "train.auxHidden=6");

    @TempDir
    Path dir;

    /** The tiny config with even fewer steps: 19 trainings must stay within a minute or two. */
    private void tinier() {
        WorkdirConfig c = TinyConfig.create();
        c.with(Sections.TRAIN, c.section(Sections.TRAIN).toBuilder().totalSteps(96).warmupSteps(32).batchSize(16)
                        .bufferCapacity(1_000).epsilonDecaySteps(64).checkpointIntervalSteps(48).build())
                .with(Sections.CONTINUOUS, c.section(Sections.CONTINUOUS).toBuilder().incrementalSteps(48).maxVersions(30)
                        .disabledTriggers(Set.of("every_friday", "data_drift", "performance")).build())
                .save(dir);
    }

    @Test
    void everyShapeChangingKeyThenStartRetrainAndRetrainFullSucceed() {
        tinier();
        Cli.Result first = Cli.run(dir, "start", "--max-cycles", "1", "--no-progress");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("FULL retrain registered v_");
        for (String change : SHAPE_CHANGES) {
            // the gate rejects what the tiny config learns, so a person activates the newest version: the champion
            // then has the shape from before the change, and the next retrain must say why it is full
            List<ModelVersion> versions = new Workdir(dir).models().list();
            String newest = versions.get(versions.size() - 1).id().value();
            Cli.Result activated = Cli.run(dir, "models", "--activate", newest, "--force", "--reason", "test: a champion");
            assertThat(activated.exitCode()).as(activated.err()).isZero();
            Cli.Result set = Cli.run(dir, "config", "--set", change);
            assertThat(set.exitCode()).as(change + ": " + set.err()).isZero();
            Cli.Result start = Cli.run(dir, "start", "--max-cycles", "1", "--no-progress");
            assertThat(start.exitCode()).as(change + " then start: " + start.err() + start.out()).isZero();
            boolean champion = championExists();
            Cli.Result retrain = Cli.run(dir, "retrain");
            assertThat(retrain.exitCode()).as(change + " then retrain: " + retrain.err() + retrain.out()).isZero();
            // the note compares with the champion: a probation rollback may have left none
            if (champion && !start.out().contains("retrain (the network's shape changed")) {
                // start's cycle did not retrain, so the champion still has the old shape: retrain says why it is full
                assertThat(retrain.out()).as(change).contains("FULL retrain (the network's shape changed since");
            }
            Cli.Result full = Cli.run(dir, "retrain", "--full");
            assertThat(full.exitCode()).as(change + " then retrain --full: " + full.err() + full.out()).isZero();
            assertThat(full.out()).contains("FULL retrain");
        }
        assertThat(dir.resolve("checkpoints/run.json")).as("no run left pending").doesNotExist();
        String oldest = new Workdir(dir).models().list().get(0).id().value();
        // retention keeps every version here, so the oldest is the first one, from before every change
        assertThat(new Workdir(dir).models().metadata(ModelRef.of(ModelVersionId.parse(oldest))).network().priceBins())
                .as("the first version has the bins from before the change").isNotEqualTo(7);
        for (String version : new String[] {"active", oldest}) {
            Cli.Result backtest = Cli.run(dir, "backtest", "--version", version);
            assertThat(backtest.exitCode()).as("backtest " + version + ": " + backtest.err()).isZero();
            assertThat(backtest.out()).contains("flat");
        }
        Cli.Result status = Cli.run(dir, "status");
        assertThat(status.exitCode()).as(status.err()).isZero();
    }

    private boolean championExists() {
        return new Workdir(dir).models().aliases().containsKey(Alias.CHAMPION);
    }

    @Test
    void aMisspeltSourceIsRefusedAndNotSaved() throws Exception {
        tinier();
        String before = Files.readString(dir.resolve("config.json"));
        Cli.Result start = Cli.run(dir, "start", "--source", "yahooo", "--max-cycles", "1", "--no-progress");
        assertThat(start.exitCode()).isNotZero();
        assertThat(start.err()).contains("data.source 'yahooo' is not a registered data source")
                .contains("did you mean 'yahoo'?");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(before).doesNotContain("yahooo");

        Cli.Result set = Cli.run(dir, "config", "--set", "data.source=nosuch");
        assertThat(set.exitCode()).isNotZero();
        assertThat(set.err()).contains("'nosuch' is not a registered data source").contains("synthetic");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo(before);
        assertThat(Cli.run(dir, "config", "--set", "data.source=csv").exitCode()).as("a registered name").isZero();
    }

    @Test
    void aFreshDirectoryGetsNoConfigFromAMisspeltSource() {
        Path fresh = dir.resolve("fresh");
        Cli.Result start = Cli.run(fresh, "start", "--source", "yahooo", "--max-cycles", "1", "--no-progress");
        assertThat(start.exitCode()).isNotZero();
        assertThat(fresh.resolve("config.json")).doesNotExist();
    }
}
