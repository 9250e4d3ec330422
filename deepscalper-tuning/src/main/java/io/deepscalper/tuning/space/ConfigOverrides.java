package io.deepscalper.tuning.space;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.io.Json;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.io.IOException;
import java.util.Map;

/**
 * Applies a trial's values to the base settings through their JSON form, so that the settings' own checks
 * (ranges, odd quantity bins, ...) judge every combination, with their own messages.
 */
public final class ConfigOverrides {
    private ConfigOverrides() {
    }

    /**
     * The environment and learner settings with {@code values} applied.
     *
     * @param env    the base environment
     * @param train  the base learner
     * @param values {@code env.<field>} / {@code train.<field>} to their values
     * @return the two settings
     * @throws IllegalArgumentException when a name is not {@code env.*} / {@code train.*} or a value is refused
     */
    public static Settings apply(EnvConfig env, TrainConfig train, Map<String, JsonNode> values) {
        ObjectNode e = Json.mapper().valueToTree(env);
        ObjectNode t = Json.mapper().valueToTree(train);
        for (Map.Entry<String, JsonNode> v : values.entrySet()) {
            String name = v.getKey();
            if (name.startsWith("env.")) {
                e.set(name.substring(4), v.getValue());
            } else if (name.startsWith("train.")) {
                t.set(name.substring(6), v.getValue());
            } else {
                throw new IllegalArgumentException("'" + name + "' is neither env.<field> nor train.<field>");
            }
        }
        try {
            return new Settings(Json.strictMapper().treeToValue(e, EnvConfig.class),
                    Json.strictMapper().treeToValue(t, TrainConfig.class));
        } catch (IOException ex) {
            // Jackson wraps the constructors' InvalidConfigException; the cause's message names the field
            Throwable c = ex.getCause() != null ? ex.getCause() : ex;
            throw new IllegalArgumentException(c.getMessage(), ex);
        }
    }

    /**
     * The settings of one trial.
     *
     * @param env   the environment
     * @param train the learner
     */
    public record Settings(EnvConfig env, TrainConfig train) {
    }
}
