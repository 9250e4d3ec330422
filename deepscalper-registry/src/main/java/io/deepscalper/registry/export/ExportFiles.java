package io.deepscalper.registry.export;

import io.deepscalper.api.model.ModelMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared helpers of the exporters. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** @return provenance key/values stored inside exported files */
    static Map<String, String> provenance(ModelMetadata m) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("deepscalper.version_id", m.id().value());
        p.put("deepscalper.created_at", m.createdAt().toString());
        p.put("deepscalper.kind", m.kind().name());
        p.put("deepscalper.seed", Long.toString(m.seed()));
        p.put("deepscalper.training_steps", Long.toString(m.trainingSteps()));
        p.put("deepscalper.params_sha256", m.files().getOrDefault("model.params", ""));
        return p;
    }
}
