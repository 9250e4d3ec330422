package io.deepscalper.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The settings a search starts from: the environment, the learner, the data, the gate and the number of sessions
 * it keeps (the loop's {@code continuous.validationSessions}), and the configuration tree stored with the version.
 *
 * @param env          the base environment
 * @param train        the base learner
 * @param data         where the history comes from
 * @param gate         the gate the best trial must pass
 * @param gateSessions sessions kept for the gate
 * @param configTree   the whole configuration, stored (with the tuned sections) in the version's metadata
 */
public record TuningSetup(EnvConfig env, TrainConfig train, DataPipelineConfig data, ValidationGate gate,
                          int gateSessions, JsonNode configTree) {
    /** Rejects nulls. */
    public TuningSetup {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(gate, "gate");
        gate.requireHeldOut(gateSessions);
    }

    /**
     * Reads a working directory's {@code config.json} (for a job without the CLI, such as spark-submit): the
     * sections {@code env}, {@code train}, {@code data}, {@code gate} and {@code continuous}; a missing section takes
     * the quick-start profile, as the CLI does.
     *
     * @param file the {@code config.json}; when it does not exist, the quick-start profile throughout
     * @return the setup
     */
    public static TuningSetup fromConfigFile(Path file) {
        ObjectNode tree;
        if (Files.exists(file)) {
            try {
                JsonNode n = Json.strictMapper().readTree(Files.readString(file));
                if (!(n instanceof ObjectNode o)) {
                    throw new InvalidConfigException("config", file + " is not a JSON object");
                }
                tree = o;
            } catch (IOException e) {
                throw new InvalidConfigException("config", "cannot read " + file + ": " + e.getMessage());
            }
        } else {
            tree = Json.mapper().createObjectNode();
        }
        EnvConfig env = section(tree, "env", EnvConfig.class, QuickStartProfile::env);
        TrainConfig train = section(tree, "train", TrainConfig.class, QuickStartProfile::training);
        DataPipelineConfig data = section(tree, "data", DataPipelineConfig.class, QuickStartProfile::data);
        ValidationGate gate = section(tree, "gate", ValidationGate.class, QuickStartProfile::gate);
        ContinuousTrainingConfig ct = section(tree, "continuous", ContinuousTrainingConfig.class,
                QuickStartProfile::continuous);
        return new TuningSetup(env, train, data, gate, ct.validationSessions(), tree);
    }

    private static <T> T section(ObjectNode tree, String name, Class<T> type, Supplier<T> fallback) {
        JsonNode n = tree.get(name);
        if (n == null) {
            return fallback.get();
        }
        try {
            return Json.strictTimeMapper().treeToValue(n, type);
        } catch (IOException e) {
            Throwable c = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new InvalidConfigException(name, "section '" + name + "' of config.json: " + c.getMessage());
        }
    }
}
