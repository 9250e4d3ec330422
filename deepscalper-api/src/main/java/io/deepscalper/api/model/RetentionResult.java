package io.deepscalper.api.model;

import java.util.List;
import java.util.Set;

/**
 * What retention did.
 *
 * @param deleted     versions removed, oldest first
 * @param kept        versions kept, oldest first
 * @param protectedIds versions that could not be removed (active, champion, challenger, rollback target, best)
 */
public record RetentionResult(List<ModelVersionId> deleted, List<ModelVersionId> kept,
                              Set<ModelVersionId> protectedIds) {
    /** Copies the collections. */
    public RetentionResult {
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
        protectedIds = Set.copyOf(protectedIds);
    }
}
