package io.deepscalper.continuous.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.monitoring.health.HealthConfig;
import java.util.Objects;

/**
 * The typed settings a {@link TrainerAssembly} binds together: the loop, the environment, the learner, the
 * model-health thresholds and the validation gate. The CLI builds one from {@code config.json}; a Java user
 * builds one directly.
 *
 * @param continuous the continuous-training loop
 * @param env        the trading environment
 * @param train      the learner
 * @param health     the model-health monitor's thresholds
 * @param gate       the validation gate every candidate must pass
 * @param configTree the whole configuration as JSON, stored in every version's metadata (null: an empty object)
 */
public record AgentSetup(ContinuousTrainingConfig continuous, EnvConfig env, TrainConfig train, HealthConfig health,
                         ValidationGate gate, JsonNode configTree) {

    /** Rejects nulls, and a loop that holds out fewer sessions than the gate needs. */
    public AgentSetup {
        Objects.requireNonNull(continuous, "continuous");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(gate, "gate");
        gate.requireHeldOut(continuous.validationSessions());
        configTree = configTree == null ? JsonNodeFactory.instance.objectNode() : configTree;
    }

    /** @return the settings with an empty configuration tree */
    public static AgentSetup of(ContinuousTrainingConfig continuous, EnvConfig env, TrainConfig train,
                                HealthConfig health, ValidationGate gate) {
        return new AgentSetup(continuous, env, train, health, gate, null);
    }
}
