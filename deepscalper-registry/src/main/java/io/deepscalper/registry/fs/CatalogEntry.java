package io.deepscalper.registry.fs;

import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.TrainingKind;
import java.time.Instant;
import java.util.Map;

/**
 * One version's line in {@code registry.json}: the listing fields plus the SHA-256 of its
 * {@code metadata.json}, so that the metadata (which holds the other files' checksums) is itself verified.
 *
 * @param id             version id
 * @param createdAt      registration time
 * @param trigger        what caused the training run
 * @param kind           full or incremental
 * @param parent         parent version or null
 * @param metrics        evaluation metrics
 * @param gate           validation gate outcome
 * @param metadataSha256 hex SHA-256 of {@code metadata.json}
 */
record CatalogEntry(ModelVersionId id, Instant createdAt, String trigger, TrainingKind kind, ModelVersionId parent,
                    Map<String, Double> metrics, GateStatus gate, String metadataSha256) {

    static CatalogEntry of(ModelMetadata m, String metadataSha256) {
        return new CatalogEntry(m.id(), m.createdAt(), m.trigger(), m.kind(), m.parent(), m.metrics(), m.gateStatus(),
                metadataSha256);
    }
}
