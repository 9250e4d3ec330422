package io.deepscalper.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.deepscalper.api.nn.NetworkConfig;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything recorded about one version in {@code models/<id>/metadata.json}.
 *
 * <p>The training and environment configs are kept as JSON trees ({@code config}) so that the registry
 * does not depend on their classes and old versions stay readable when those classes change.
 *
 * @param formatVersion metadata format, currently {@value #FORMAT_VERSION}
 * @param id            the version id
 * @param createdAt     when the version was registered
 * @param trigger       what caused the training run (e.g. {@code schedule}, {@code drift}, {@code manual})
 * @param kind          full or incremental training
 * @param parent        the version this one was warm-started from, or null
 * @param network       the network shape the parameters belong to
 * @param config        the full config (all sections) as a JSON object
 * @param data          fingerprint of the training data, or null when unknown
 * @param seed          the seed that drove every random source
 * @param trainingSteps environment steps trained
 * @param metrics       evaluation metrics by name (raw reward, held-out sessions)
 * @param validation    the validation gate result, or null when no gate was run
 * @param files         SHA-256 (hex) of every other file in the version folder, by file name
 * @param runId         the continuous-training run that produced it, or null (older versions, manual saves): a
 *                      run resumed after a kill finds its own registration by it instead of registering again
 */
public record ModelMetadata(int formatVersion, ModelVersionId id, Instant createdAt, String trigger,
                            TrainingKind kind, ModelVersionId parent, NetworkConfig network, JsonNode config,
                            DataFingerprint data, long seed, long trainingSteps, Map<String, Double> metrics,
                            GateResult validation, Map<String, String> files, String runId) {
    /** The metadata format written by this version of the library. */
    public static final int FORMAT_VERSION = 1;

    /** Validates the required fields and copies the maps (sorted, so the JSON is stable). */
    public ModelMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(network, "network");
        trigger = trigger == null ? "manual" : trigger;
        config = config == null ? JsonNodeFactory.instance.objectNode() : config.deepCopy();
        metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
        files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        if (kind == TrainingKind.INCREMENTAL && parent == null) {
            throw new IllegalArgumentException("ModelMetadata " + id + ": an incremental version needs its parent");
        }
        if (trainingSteps < 0) {
            throw new IllegalArgumentException("ModelMetadata " + id + ": trainingSteps must be >= 0 but was "
                    + trainingSteps);
        }
    }

    /** Metadata without a run id. */
    public ModelMetadata(int formatVersion, ModelVersionId id, Instant createdAt, String trigger, TrainingKind kind,
                         ModelVersionId parent, NetworkConfig network, JsonNode config, DataFingerprint data, long seed,
                         long trainingSteps, Map<String, Double> metrics, GateResult validation,
                         Map<String, String> files) {
        this(formatVersion, id, createdAt, trigger, kind, parent, network, config, data, seed, trainingSteps, metrics,
                validation, files, null);
    }

    /** @return the gate status derived from {@link #validation()} */
    public GateStatus gateStatus() {
        return validation == null ? GateStatus.NOT_EVALUATED : validation.status();
    }

    /** @return the config tree (a copy, since JSON trees are mutable) */
    @Override
    public JsonNode config() {
        return config.deepCopy();
    }
}
