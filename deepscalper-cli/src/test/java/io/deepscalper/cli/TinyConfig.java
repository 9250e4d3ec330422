package io.deepscalper.cli;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.util.List;
import java.util.Set;

/** A config small enough that a training run takes seconds on two busy cores (tests only). */
public final class TinyConfig {
    private TinyConfig() {
    }

    /**
     * @return tiny env/train, synthetic SYN with 30 days of history (about 20 sessions: 10 held out for the
     *         gate), the library's continuous defaults except the given overrides
     */
    public static WorkdirConfig create() {
        return WorkdirConfig.defaults()
                .with(Sections.ENV, EnvConfig.defaults().toBuilder().lookback(10).build())
                .with(Sections.TRAIN, TrainConfig.builder().totalSteps(400).warmupSteps(64).batchSize(32)
                        .bufferCapacity(5_000).epsilonDecaySteps(300).trunkSizes(List.of(16)).headHidden(16)
                        .auxHidden(8).evalIntervalSteps(0).checkpointIntervalSteps(100).threads(1).seed(7).build())
                .with(Sections.CONTINUOUS, ContinuousTrainingConfig.builder().incrementalSteps(150)
                        .validationSessions(10).disabledTriggers(Set.of("every_friday")).build())
                .with(Sections.DATA, DataPipelineConfig.builder().symbols(List.of("SYN")).lookbackDays(30)
                        .source("synthetic").build());
    }
}
