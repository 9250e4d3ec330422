package io.deepscalper.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A version to register: the parameters plus everything the registry records about them. The registry
 * assigns the id, the creation time and the file checksums.
 *
 * @param parameters    the trained parameters, named as {@link NetworkConfig} documents
 * @param network       the network shape
 * @param trigger       what caused the run
 * @param kind          full or incremental
 * @param parent        parent version for incremental training, or null
 * @param config        the full config as a JSON object, or null
 * @param data          training data fingerprint, or null
 * @param seed          the seed
 * @param trainingSteps environment steps trained
 * @param metrics       evaluation metrics
 * @param validation    the gate result, or null when no gate was run
 * @param runId         the training run that produced it, or null; recorded so a resumed run finds it
 */
public record NewModelVersion(ParameterSet parameters, NetworkConfig network, String trigger, TrainingKind kind,
                              ModelVersionId parent, JsonNode config, DataFingerprint data, long seed,
                              long trainingSteps, Map<String, Double> metrics, GateResult validation,
                              String runId) {

    /** Validates the required parts. */
    public NewModelVersion {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(kind, "kind");
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        if (kind == TrainingKind.INCREMENTAL && parent == null) {
            throw new IllegalArgumentException("NewModelVersion: an incremental version needs its parent version");
        }
    }

    /** A version without a run id. */
    public NewModelVersion(ParameterSet parameters, NetworkConfig network, String trigger, TrainingKind kind,
                           ModelVersionId parent, JsonNode config, DataFingerprint data, long seed,
                           long trainingSteps, Map<String, Double> metrics, GateResult validation) {
        this(parameters, network, trigger, kind, parent, config, data, seed, trainingSteps, metrics, validation, null);
    }

    /** @return a builder for the given parameters and shape */
    public static Builder builder(ParameterSet parameters, NetworkConfig network) {
        return new Builder(parameters, network);
    }

    /** Builds a {@link NewModelVersion}; only the parameters and the network are required. */
    public static final class Builder {
        private final ParameterSet parameters;
        private final NetworkConfig network;
        private String trigger = "manual";
        private TrainingKind kind = TrainingKind.FULL;
        private ModelVersionId parent;
        private JsonNode config;
        private DataFingerprint data;
        private long seed;
        private long trainingSteps;
        private final Map<String, Double> metrics = new LinkedHashMap<>();
        private GateResult validation;
        private String runId;

        private Builder(ParameterSet parameters, NetworkConfig network) {
            this.parameters = parameters;
            this.network = network;
        }

        /** @return this builder with the trigger name */
        public Builder trigger(String value) {
            this.trigger = value;
            return this;
        }

        /** @return this builder, marked full training */
        public Builder full() {
            this.kind = TrainingKind.FULL;
            this.parent = null;
            return this;
        }

        /** @return this builder, marked incremental from {@code parentVersion} */
        public Builder incremental(ModelVersionId parentVersion) {
            this.kind = TrainingKind.INCREMENTAL;
            this.parent = Objects.requireNonNull(parentVersion, "parentVersion");
            return this;
        }

        /** @return this builder with a parent recorded for lineage (full training may also name one) */
        public Builder parent(ModelVersionId value) {
            this.parent = value;
            return this;
        }

        /** @return this builder with the full config tree */
        public Builder config(JsonNode value) {
            this.config = value;
            return this;
        }

        /** @return this builder with the data fingerprint */
        public Builder data(DataFingerprint value) {
            this.data = value;
            return this;
        }

        /** @return this builder with the seed */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** @return this builder with the number of training steps */
        public Builder trainingSteps(long value) {
            this.trainingSteps = value;
            return this;
        }

        /** @return this builder with one more metric */
        public Builder metric(String name, double value) {
            this.metrics.put(name, value);
            return this;
        }

        /** @return this builder with these metrics added */
        public Builder metrics(Map<String, Double> values) {
            this.metrics.putAll(values);
            return this;
        }

        /** @return this builder with the gate result */
        public Builder validation(GateResult value) {
            this.validation = value;
            return this;
        }

        /** @return this builder with the id of the run that trained the parameters */
        public Builder runId(String value) {
            this.runId = value;
            return this;
        }

        /** @return the validated request */
        public NewModelVersion build() {
            return new NewModelVersion(parameters, network, trigger, kind, parent, config, data, seed, trainingSteps,
                    metrics, validation, runId);
        }
    }
}
