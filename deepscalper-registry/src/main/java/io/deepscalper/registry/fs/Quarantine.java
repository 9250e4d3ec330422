package io.deepscalper.registry.fs;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.CorruptModelException;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.model.ModelVersionId;
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
 * from the catalog with every alias that pointed at them, and the event is recorded in the history. When
 * the quarantined version was active, the previous active version that still verifies takes its place
 * (a "fallback" event), so a damaged champion does not leave nothing deployed while a good one is stored.
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
        Optional<ModelVersionId> fallback = fallBack(c, files, clock, e.id(), cleared);
        catalog.write(c);
        LOG.error("model version {} failed verification ({}); quarantined to {}", e.id(), problem, where);
        return new CorruptModelException(e.id(), "model version " + e.id() + " is corrupt or incomplete: " + problem
                + ". It was moved to " + where + " and removed from the catalog"
                + (cleared.isEmpty() ? "" : " (aliases cleared: " + cleared + ")")
                + fallback.map(f -> "; version " + f + " (the previous active one) is active again").orElse("")
                + ". Restore it from a backup, or activate or roll back to another version.");
    }

    /**
     * After {@code removed} left the catalog: when it was active or champion, makes the most recent earlier
     * active version that still verifies active and champion again (call under the lock).
     *
     * @return the version that took over, empty when {@code removed} was not deployed or none verifies
     */
    static Optional<ModelVersionId> fallBack(Catalog c, VersionFiles files, Clock clock, ModelVersionId removed,
                                             List<Alias> cleared) {
        if (!cleared.contains(Alias.ACTIVE) && !cleared.contains(Alias.CHAMPION)) {
            return Optional.empty();
        }
        for (int i = c.previousActive.size() - 1; i >= 0; i--) {
            ModelVersionId id = c.previousActive.get(i);
            Optional<CatalogEntry> entry = c.entry(id);
            if (entry.isEmpty() || files.verify(id, entry.get().metadataSha256()).isPresent()) {
                continue;
            }
            c.previousActive.subList(i, c.previousActive.size()).clear();
            c.aliases.put(Alias.ACTIVE, id);
            c.aliases.put(Alias.CHAMPION, id);
            c.record(new RegistryEvent(clock.instant(), "fallback", id, removed, false,
                    "active version " + removed + " was quarantined; back to the previous verified active version"));
            LOG.warn("active version {} was quarantined; version {} (the previous verified active one) is active "
                    + "again", removed, id);
            return Optional.of(id);
        }
        LOG.warn("active version {} was quarantined and no earlier active version verifies; nothing is deployed",
                removed);
        return Optional.empty();
    }
}
