package io.deepscalper.registry.fs;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RegistryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cleanup}: a file-system check of the registry, run under the registry lock. It removes what
 * crashed processes left (staging, trash and temporary catalog files whose owner is gone), drops
 * catalog entries whose folder vanished, verifies every version and quarantines the ones that fail,
 * and adopts complete, verified folders that never reached the catalog (a crash between the folder
 * rename and the catalog write). An unreadable catalog is moved aside and rebuilt from the folders.
 */
final class RegistryRepair {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRepair.class);

    private final Path dir;
    private final Clock clock;
    private final CatalogFile catalog;
    private final VersionFiles files;

    RegistryRepair(Path dir, Clock clock, CatalogFile catalog, VersionFiles files) {
        this.dir = dir;
        this.clock = clock;
        this.catalog = catalog;
        this.files = files;
    }

    CleanupReport run() {
        List<String> removed = new ArrayList<>();
        List<ModelVersionId> adopted = new ArrayList<>();
        List<ModelVersionId> quarantined = new ArrayList<>();
        List<ModelVersionId> dropped = new ArrayList<>();
        try (CatalogFile.Held lock = catalog.lock()) {
            for (Path p : files.abandoned()) {
                AtomicFiles.deleteTree(p);
                removed.add(p.getFileName().toString());
            }
            Catalog c = readOrRebuild();
            for (CatalogEntry e : List.copyOf(c.versions)) {
                if (!Files.isDirectory(files.folder(e.id()))) {
                    c.remove(e.id());
                    c.record(event("drop", e.id(), "folder missing"));
                    dropped.add(e.id());
                    continue;
                }
                Optional<String> problem = files.verify(e.id(), e.metadataSha256());
                if (problem.isPresent()) {
                    quarantine(c, e.id(), problem.get());
                    quarantined.add(e.id());
                }
            }
            for (ModelVersionId id : files.versionFolders()) {
                if (c.contains(id)) {
                    continue;
                }
                Optional<String> problem = files.verify(id, null);
                if (problem.isPresent()) {
                    quarantine(c, id, problem.get());
                    quarantined.add(id);
                } else {
                    ModelMetadata m = files.readMetadata(id);
                    c.versions.add(CatalogEntry.of(m, Sha256.of(files.folder(id).resolve(VersionFiles.METADATA))));
                    c.record(event("adopt", id, "complete version folder missing from the catalog"));
                    adopted.add(id);
                }
            }
            c.versions.sort(Comparator.comparing(CatalogEntry::createdAt).thenComparing(CatalogEntry::id));
            CleanupReport report = new CleanupReport(removed, adopted, quarantined, dropped);
            if (!report.clean() || !catalog.exists()) {
                catalog.write(c);
            }
            if (!report.clean()) {
                LOG.warn("registry cleanup in {}: {}", dir, report);
            }
            return report;
        } catch (IOException e) {
            throw new ModelRegistryException("cleanup of " + dir + " failed: " + e.getMessage()
                    + "; the catalog was not changed", e);
        }
    }

    private Catalog readOrRebuild() throws IOException {
        try {
            return catalog.read();
        } catch (ModelRegistryException e) {
            Path bad = dir.resolve(CatalogFile.CATALOG);
            Path aside = dir.resolve(CatalogFile.CATALOG + ".unreadable-" + clock.millis());
            Files.move(bad, aside);
            LOG.error("{}; moved it to {} and rebuilding the catalog from the version folders (aliases are lost)",
                    e.getMessage(), aside);
            Catalog fresh = new Catalog();
            fresh.record(event("rebuild", null, "catalog unreadable, moved to " + aside.getFileName()));
            return fresh;
        }
    }

    private void quarantine(Catalog c, ModelVersionId id, String problem) throws IOException {
        Path where = files.quarantine(id, clock.millis());
        List<Alias> cleared = c.remove(id);
        c.record(event("quarantine", id, problem));
        Quarantine.fallBack(c, files, clock, id, cleared);
        LOG.error("model version {} failed verification ({}); quarantined to {}", id, problem, where);
    }

    private RegistryEvent event(String action, ModelVersionId id, String reason) {
        return new RegistryEvent(clock.instant(), action, id, null, false, reason);
    }
}
