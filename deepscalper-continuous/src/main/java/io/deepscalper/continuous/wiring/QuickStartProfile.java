package io.deepscalper.continuous.wiring;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.health.HealthConfig;
import java.util.List;

/**
 * The quick-start profile: small settings under which a retrain takes about a minute on two cores, used by the
 * CLI's default {@code config.json} and by the examples. The library's {@code defaults()} keep the original
 * system's scale.
 */
public final class QuickStartProfile {
    private QuickStartProfile() {
    }

    /** @return every section of the profile, with an empty configuration tree */
    public static AgentSetup setup() {
        return AgentSetup.of(continuous(), env(), training(), health(), gate());
    }

    /**
     * @return the quick-start training profile: trunk 2 x 32, heads 32, aux 16, 3,000 steps, warm-up 300,
     *         batch 32, replay 50,000, epsilon decay over 2,500 steps, checkpoints every 500 steps, one
     *         engine thread (the matrices are too small to gain from two), no in-training evaluation (the orchestrator validates every candidate on held-out sessions)
     */
    public static TrainConfig training() {
        return TrainConfig.builder().totalSteps(3_000).warmupSteps(300).batchSize(32).bufferCapacity(50_000)
                .epsilonDecaySteps(2_500).trunkSizes(List.of(32, 32)).headHidden(32).auxHidden(16)
                .evalIntervalSteps(0).checkpointIntervalSteps(500).threads(1).build();
    }

    /**
     * @return the quick-start loop: the library defaults with 1,000 incremental steps and 10 held-out sessions
     *         (the gate's minimum: fewer cannot show that a candidate beats flat)
     */
    public static ContinuousTrainingConfig continuous() {
        return ContinuousTrainingConfig.builder().incrementalSteps(1_000)
                .validationSessions(ValidationGate.DEFAULT_MIN_SESSIONS).build();
    }

    /**
     * @return the quick-start data: synthetic {@code SYN}, hourly updates in wall-clock mode, 60 days of history
     *         (about 41 sessions: 10 held out for the gate, the rest to train on)
     */
    public static DataPipelineConfig data() {
        return DataPipelineConfig.builder().symbols(List.of("SYN")).updateIntervalMinutes(60).lookbackDays(60)
                .source("synthetic").build();
    }

    /** @return the quick-start health thresholds: the defaults with an explosion threshold of 1,000 */
    public static HealthConfig health() {
        return HealthConfig.builder().explosionThreshold(1_000).build();
    }

    /**
     * @return the quick-start gate, the library's {@link ValidationGate#defaults()}: beat flat at level 5 % on
     *         at least 10 held-out sessions, better in mean than the champion, maximum drawdown at most 20 %
     */
    public static ValidationGate gate() {
        return ValidationGate.defaults();
    }

    /** @return the quick-start environment: the defaults with a 30-bar lookback */
    public static EnvConfig env() {
        return EnvConfig.defaults().toBuilder().lookback(30).build();
    }

}
