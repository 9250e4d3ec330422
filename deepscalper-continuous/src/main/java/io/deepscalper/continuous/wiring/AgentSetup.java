package io.deepscalper.continuous.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.monitoring.config.MetricsConfig;
import io.deepscalper.monitoring.health.HealthConfig;
import java.util.Objects;

/**
 * The typed settings a {@link TrainerAssembly} binds together: the loop, the environment, the learner, the
 * model-health thresholds, the validation gate and the metrics' destinations. The CLI builds one from {@code config.json}; a Java user
 * builds one directly.
 *
 * @param continuous the continuous-training loop
 * @param env        the trading environment
 * @param train      the learner
 * @param health     the model-health monitor's thresholds
 * @param gate       the validation gate every candidate must pass
 * @param configTree the whole configuration as JSON, stored in every version's metadata (null: an empty object)
 * @param metrics    where the metrics go besides {@code metrics.db}, metric providers and alerts
 */
public record AgentSetup(ContinuousTrainingConfig continuous, EnvConfig env, TrainConfig train, HealthConfig health,
                         ValidationGate gate, JsonNode configTree, MetricsConfig metrics) {

    /** Rejects nulls, and a loop that holds out fewer sessions than the gate needs. */
    public AgentSetup {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(continuous, "continuous");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(gate, "gate");
        gate.requireHeldOut(continuous.validationSessions());
        configTree = configTree == null ? JsonNodeFactory.instance.objectNode() : configTree;
    }

    /** The settings with the default metrics: {@code metrics.db} only, no providers, no alerts. */
    public AgentSetup(ContinuousTrainingConfig continuous, EnvConfig env, TrainConfig train, HealthConfig health,
                      ValidationGate gate, JsonNode configTree) {
        this(continuous, env, train, health, gate, configTree, MetricsConfig.defaults());
    }

    /** @return the settings with an empty configuration tree */
    public static AgentSetup of(ContinuousTrainingConfig continuous, EnvConfig env, TrainConfig train,
                                HealthConfig health, ValidationGate gate) {
        return new AgentSetup(continuous, env, train, health, gate, null);
    }
}
