package io.deepscalper.api.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One catalog entry as listed: enough to choose a version without reading its files.
 *
 * @param id        the version id
 * @param createdAt registration time
 * @param trigger   what caused the training run
 * @param kind      full or incremental
 * @param parent    parent version, or null
 * @param metrics   evaluation metrics
 * @param gate      validation gate outcome
 * @param aliases   the aliases that point at this version now
 */
public record ModelVersion(ModelVersionId id, Instant createdAt, String trigger, TrainingKind kind,
                           ModelVersionId parent, Map<String, Double> metrics, GateStatus gate, Set<Alias> aliases) {

    /** Copies the collections. */
    public ModelVersion {
        metrics = Map.copyOf(metrics);
        aliases = Set.copyOf(aliases);
    }

    /** @return true when {@code alias} points at this version */
    public boolean is(Alias alias) {
        return aliases.contains(alias);
    }
}
