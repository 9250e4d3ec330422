package io.deepscalper.registry.fs;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.CorruptModelException;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.model.RegistryEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses versions whose files fail verification: they are moved to {@code models/quarantine/}, removed
 * from the catalog with every alias that pointed at them, and the event is recorded in the history.
 */
final class Quarantine {
    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);

    private final Path dir;
    private final Clock clock;
    private final CatalogFile catalog;
    private final VersionFiles files;

    Quarantine(Path dir, Clock clock, CatalogFile catalog, VersionFiles files) {
        this.dir = dir;
        this.clock = clock;
        this.catalog = catalog;
        this.files = files;
    }

    /**
     * Re-checks a failed verification under the lock (the version may have been deleted meanwhile, which
     * is not corruption) and quarantines it when it is still in the catalog and still fails.
     */
    ModelRegistryException refuse(CatalogEntry e, String problem) {
        try (CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            Optional<CatalogEntry> now = c.entry(e.id());
            if (now.isEmpty()) {
                return new ModelNotFoundException("model version " + e.id() + " was removed from " + dir
                        + " while it was being read; choose another version");
            }
            Optional<String> still = files.verify(e.id(), now.get().metadataSha256());
            return locked(c, now.get(), still.orElse(problem));
        }
    }

    /** Moves a failed version to quarantine and out of the catalog; call while holding the lock. */
    CorruptModelException locked(Catalog c, CatalogEntry e, String problem) {
        String where;
        try {
            where = String.valueOf(files.quarantine(e.id(), clock.millis()));
        } catch (IOException ex) {
            where = "nowhere (moving it failed: " + ex.getMessage() + ")";
        }
        List<Alias> cleared = c.remove(e.id());
        c.record(new RegistryEvent(clock.instant(), "quarantine", e.id(), null, false, problem));
        catalog.write(c);
        LOG.error("model version {} failed verification ({}); quarantined to {}", e.id(), problem, where);
        return new CorruptModelException(e.id(), "model version " + e.id() + " is corrupt or incomplete: " + problem
                + ". It was moved to " + where + " and removed from the catalog"
                + (cleared.isEmpty() ? "" : " (aliases cleared: " + cleared + ")")
                + ". Restore it from a backup, or activate or roll back to another version.");
    }
}
