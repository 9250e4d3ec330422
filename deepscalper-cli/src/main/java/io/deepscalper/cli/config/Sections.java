package io.deepscalper.cli.config;

import io.deepscalper.core.continuous.ContinuousTrainingConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.train.TrainConfig;
import java.util.List;

/** The sections of {@code config.json}, in file order. */
public final class Sections {
    /** The continuous-training loop. */
    public static final ConfigSection<ContinuousTrainingConfig> CONTINUOUS = new ConfigSection<>("continuous",
            ContinuousTrainingConfig.class, ContinuousTrainingConfig::defaults);
    /** The trading environment. */
    public static final ConfigSection<EnvConfig> ENV = new ConfigSection<>("env", EnvConfig.class,
            EnvConfig::defaults);
    /**
     * The learner. The CLI's default is a quick-start profile (small network, 5,000 full-retrain steps,
     * see {@link #quickStartTraining()}) so that {@code deepscalper start --source synthetic --max-cycles 2}
     * finishes in minutes on two cores; {@code config --set train.totalSteps=200000} etc. restores the
     * original system's scale, which {@link TrainConfig#defaults()} holds.
     */
    public static final ConfigSection<TrainConfig> TRAIN = new ConfigSection<>("train", TrainConfig.class,
            Sections::quickStartTraining);
    /** Where bars come from. */
    public static final ConfigSection<SourceConfig> SOURCE = new ConfigSection<>("source", SourceConfig.class,
            SourceConfig::defaults);

    /** Every section, in file order. */
    public static final List<ConfigSection<?>> ALL = List.of(CONTINUOUS, ENV, TRAIN, SOURCE);

    private Sections() {
    }

    /**
     * @return the quick-start training profile: trunk 2 x 64, heads 64, aux 32, 5,000 steps, warm-up 500,
     *         batch 64, replay 50,000, epsilon decay over 4,000 steps, checkpoints every 1,000 steps,
     *         no in-training evaluation (the orchestrator validates every candidate on held-out sessions)
     */
    public static TrainConfig quickStartTraining() {
        return TrainConfig.builder().totalSteps(5_000).warmupSteps(500).batchSize(64).bufferCapacity(50_000)
                .epsilonDecaySteps(4_000).trunkSizes(List.of(64, 64)).headHidden(64).auxHidden(32)
                .evalIntervalSteps(0).checkpointIntervalSteps(1_000).build();
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
