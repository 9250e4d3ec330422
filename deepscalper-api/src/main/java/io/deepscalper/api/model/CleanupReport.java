package io.deepscalper.api.model;

import java.util.List;

/**
 * What {@code cleanup} repaired.
 *
 * @param removedStaging   staging folders of saves that never finished (a crashed or killed process)
 * @param adopted          complete, verified version folders missing from the catalog, added back
 * @param quarantined      versions whose files failed verification, moved to {@code models/quarantine/}
 * @param droppedFromCatalog catalog entries whose folder no longer exists
 */
public record CleanupReport(List<String> removedStaging, List<ModelVersionId> adopted,
                            List<ModelVersionId> quarantined, List<ModelVersionId> droppedFromCatalog) {
    /** Copies the lists. */
    public CleanupReport {
        removedStaging = List.copyOf(removedStaging);
        adopted = List.copyOf(adopted);
        quarantined = List.copyOf(quarantined);
        droppedFromCatalog = List.copyOf(droppedFromCatalog);
    }

    /** @return true when nothing needed repair */
    public boolean clean() {
        return removedStaging.isEmpty() && adopted.isEmpty() && quarantined.isEmpty() && droppedFromCatalog.isEmpty();
    }
}
