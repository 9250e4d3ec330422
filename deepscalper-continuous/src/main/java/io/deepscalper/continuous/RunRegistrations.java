package io.deepscalper.continuous;

import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import java.util.List;
import java.util.Optional;

/**
 * Finds the version an interrupted run already registered, so that resuming it never registers the same
 * run twice. {@code run.json} names the version once the run recorded it; a kill between {@code register}
 * and that record is covered by the run id every version's metadata carries.
 */
final class RunRegistrations {
    private RunRegistrations() {
    }

    /** @return the version {@code run} registered before it was interrupted, if any */
    static Optional<ModelVersion> find(ModelStore models, PendingRun run) {
        if (run.registered() != null) {
            Optional<ModelVersion> recorded = models.find(ModelRef.of(ModelVersionId.parse(run.registered())));
            if (recorded.isPresent()) {
                return recorded;
            }
        }
        List<ModelVersion> all = models.list();
        for (int i = all.size() - 1; i >= 0; i--) {
            ModelVersion v = all.get(i);
            try {
                if (run.runId().equals(models.metadata(ModelRef.of(v.id())).runId())) {
                    return Optional.of(v);
                }
            } catch (ModelRegistryException e) {
                // a damaged version was quarantined by the read; it cannot be this run's registration to reuse
            }
        }
        return Optional.empty();
    }
}
