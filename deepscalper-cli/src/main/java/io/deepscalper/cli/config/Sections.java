package io.deepscalper.cli.config;

import io.deepscalper.core.continuous.ContinuousTrainingConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.model.MetricDirection;
import io.deepscalper.core.model.MetricThreshold;
import io.deepscalper.core.model.ValidationGate;
import io.deepscalper.core.train.TrainConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.health.HealthConfig;
import java.util.List;

/** The sections of {@code config.json}, in file order. */
public final class Sections {
    /** The continuous-training loop. */
    public static final ConfigSection<ContinuousTrainingConfig> CONTINUOUS = new ConfigSection<>("continuous",
            ContinuousTrainingConfig.class, Sections::quickStartContinuous);
    /** The trading environment (quick start: a 30-bar lookback instead of 120, see {@link #quickStartEnv()}). */
    public static final ConfigSection<EnvConfig> ENV = new ConfigSection<>("env", EnvConfig.class,
            Sections::quickStartEnv);
    /**
     * The learner. The CLI's default is a quick-start profile (small network, 3,000 full-retrain steps,
     * see {@link #quickStartTraining()}) so that {@code deepscalper start --source synthetic --max-cycles 2}
     * finishes in minutes on two cores; {@code config --set train.totalSteps=200000} etc. restores the
     * original system's scale, which {@link TrainConfig#defaults()} holds.
     */
    public static final ConfigSection<TrainConfig> TRAIN = new ConfigSection<>("train", TrainConfig.class,
            Sections::quickStartTraining);
    /**
     * The data pipeline: source, symbols, update interval, lookback, cache bound, quality threshold. The
     * quick start uses the seeded synthetic market with one symbol, {@code SYN}, and 30 days of history.
     */
    public static final ConfigSection<DataPipelineConfig> DATA = new ConfigSection<>("data", DataPipelineConfig.class,
            Sections::quickStartData);

    /**
     * The validation gate a candidate must pass to become champion. The quick-start default only asks
     * for a Sharpe at least as good as the champion's on the same held-out sessions, so that the first
     * small model is promoted; for real use add absolute bounds, e.g. the registry's
     * {@link ValidationGate#defaults()} (Sharpe &gt;= 0, maximum drawdown &lt;= 20 %).
     */
    public static final ConfigSection<ValidationGate> GATE = new ConfigSection<>("gate", ValidationGate.class,
            Sections::quickStartGate);

    /**
     * The model-health monitor watching every training run. The quick start raises the gradient
     * explosion threshold from 10 to 1,000: the learner clips the global gradient norm at 1.0, and on
     * the small network a pre-clip norm above 10 was seen to abort healthy runs; NaN and Inf stay critical.
     */
    public static final ConfigSection<HealthConfig> HEALTH = new ConfigSection<>("health", HealthConfig.class,
            Sections::quickStartHealth);

    /** Every section, in file order. */
    public static final List<ConfigSection<?>> ALL = List.of(CONTINUOUS, ENV, TRAIN, DATA, GATE, HEALTH);

    private Sections() {
    }

    /**
     * @return the quick-start training profile: trunk 2 x 32, heads 32, aux 16, 3,000 steps, warm-up 300,
     *         batch 32, replay 50,000, epsilon decay over 2,500 steps, checkpoints every 500 steps, one
     *         engine thread (the matrices are too small to gain from two), no in-training evaluation (the orchestrator validates every candidate on held-out sessions)
     */
    public static TrainConfig quickStartTraining() {
        return TrainConfig.builder().totalSteps(3_000).warmupSteps(300).batchSize(32).bufferCapacity(50_000)
                .epsilonDecaySteps(2_500).trunkSizes(List.of(32, 32)).headHidden(32).auxHidden(16)
                .evalIntervalSteps(0).checkpointIntervalSteps(500).threads(1).build();
    }

    /** @return the quick-start loop: the library defaults with 1,000 incremental steps and 3 held-out sessions */
    public static ContinuousTrainingConfig quickStartContinuous() {
        return ContinuousTrainingConfig.builder().incrementalSteps(1_000).validationSessions(3).build();
    }

    /** @return the quick-start data: synthetic {@code SYN}, hourly updates in wall-clock mode, 30 days of history */
    public static DataPipelineConfig quickStartData() {
        return DataPipelineConfig.builder().symbols(List.of("SYN")).updateIntervalMinutes(60).lookbackDays(30)
                .source("synthetic").build();
    }

    /** @return the quick-start health thresholds: the defaults with an explosion threshold of 1,000 */
    public static HealthConfig quickStartHealth() {
        return HealthConfig.builder().explosionThreshold(1_000).build();
    }

    /** @return the quick-start gate: the candidate's Sharpe must be at least the champion's */
    public static ValidationGate quickStartGate() {
        return new ValidationGate(List.of(new MetricThreshold("sharpe", MetricDirection.HIGHER_IS_BETTER, null, 0.0,
                null)));
    }

    /** @return the quick-start environment: the defaults with a 30-bar lookback */
    public static EnvConfig quickStartEnv() {
        return EnvConfig.defaults().toBuilder().lookback(30).build();
    }

    /** @return the section called {@code name}, or null */
    public static ConfigSection<?> find(String name) {
        for (ConfigSection<?> s : ALL) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** @return the section names */
    public static List<String> names() {
        return ALL.stream().map(ConfigSection::name).toList();
    }
}
