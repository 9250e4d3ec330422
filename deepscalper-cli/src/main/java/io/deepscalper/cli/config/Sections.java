package io.deepscalper.cli.config;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.monitoring.config.MetricsConfig;
import io.deepscalper.monitoring.health.HealthConfig;
import java.util.List;

/** The sections of {@code config.json}, in file order. */
public final class Sections {
    /** The continuous-training loop. */
    public static final ConfigSection<ContinuousTrainingConfig> CONTINUOUS = new ConfigSection<>("continuous",
            ContinuousTrainingConfig.class, QuickStartProfile::continuous);
    /** The trading environment (quick start: a 4-bar lookback instead of 120 and reward scale 100, see {@link QuickStartProfile#env()}). */
    public static final ConfigSection<EnvConfig> ENV = new ConfigSection<>("env", EnvConfig.class,
            QuickStartProfile::env);
    /**
     * The learner. The CLI's default is a quick-start profile (small network, 8,000 full-retrain steps,
     * see {@link QuickStartProfile#training()}) so that {@code deepscalper start --source synthetic --max-cycles 2}
     * finishes in minutes on two cores; {@code config --set train.totalSteps=200000} etc. restores the
     * original system's scale, which {@link TrainConfig#defaults()} holds.
     */
    public static final ConfigSection<TrainConfig> TRAIN = new ConfigSection<>("train", TrainConfig.class,
            QuickStartProfile::training);
    /**
     * The data pipeline: source, symbols, update interval, lookback, cache bound, quality threshold. The
     * quick start uses the seeded synthetic market with one symbol, {@code SYN}, a planted signal of 0.5 and 60
     * days of history.
     */
    public static final ConfigSection<DataPipelineConfig> DATA = new ConfigSection<>("data", DataPipelineConfig.class,
            QuickStartProfile::data);

    /**
     * The validation gate a candidate must pass to become champion. The quick-start default only asks
     * for a Sharpe at least as good as the champion's on the same held-out sessions, so that the first
     * small model is promoted; for real use add absolute bounds, e.g. the registry's
     * {@link ValidationGate#defaults()} (Sharpe &gt;= 0, maximum drawdown &lt;= 20 %).
     */
    public static final ConfigSection<ValidationGate> GATE = new ConfigSection<>("gate", ValidationGate.class,
            QuickStartProfile::gate);

    /**
     * The model-health monitor watching every training run. The quick start raises the gradient
     * explosion threshold from 10 to 1,000: the learner clips the global gradient norm at 1.0, and on
     * the small network a pre-clip norm above 10 was seen to abort healthy runs; NaN and Inf stay critical.
     */
    public static final ConfigSection<HealthConfig> HEALTH = new ConfigSection<>("health", HealthConfig.class,
            QuickStartProfile::health);

    /**
     * Where the metrics go besides {@code metrics.db} ({@code sinks}, e.g. {@code sqlite,prometheus}), the
     * Prometheus endpoint ({@code prometheus.port}, {@code prometheus.bind}: 127.0.0.1 unless given), the
     * metric-provider plug-ins to run and whether regression alerts watch the champion. Defaults: the store only.
     */
    public static final ConfigSection<MetricsConfig> METRICS = new ConfigSection<>("metrics", MetricsConfig.class,
            MetricsConfig::defaults);

    /** Every section, in file order. */
    public static final List<ConfigSection<?>> ALL = List.of(CONTINUOUS, ENV, TRAIN, DATA, GATE, HEALTH, METRICS);

    private Sections() {
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
