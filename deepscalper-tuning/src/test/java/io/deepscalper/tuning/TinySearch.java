package io.deepscalper.tuning;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.time.Instant;
import java.util.List;

/** Tiny settings and data for tests that really train: trials of a few hundred steps on a 2-bar window. */
public final class TinySearch {
    /** The end of the tests' history. */
    public static final Instant UNTIL = Instant.parse("2025-03-03T21:01:00Z");

    private TinySearch() {
    }

    /** @return the quick-start environment with a 2-bar window */
    public static EnvConfig env() {
        return QuickStartProfile.env().toBuilder().lookback(2).build();
    }

    /** @return a learner of 400 steps, checkpoints every 100, on an 8-wide network */
    public static TrainConfig train() {
        return QuickStartProfile.training().toBuilder().totalSteps(400).warmupSteps(50).batchSize(16)
                .bufferCapacity(2_000).epsilonDecaySteps(300).trunkSizes(List.of(8)).headHidden(8).auxHidden(4)
                .evalIntervalSteps(100).selectionSessions(3).threads(1).build();
    }

    /** @return the planted-signal synthetic market, {@code days} calendar days */
    public static DataPipelineConfig data(int days) {
        return DataPipelineConfig.builder().symbols(List.of("SYN")).lookbackDays(days).source("synthetic")
                .sourceOptions(ProviderOptions.empty().with("signal", String.valueOf(QuickStartProfile.SYNTHETIC_SIGNAL)))
                .build();
    }

    /** @return 30 calendar days of the planted market, split into sessions */
    public static List<SessionSeries> sessions() {
        return SearchData.fetch(data(30), UNTIL);
    }
}
