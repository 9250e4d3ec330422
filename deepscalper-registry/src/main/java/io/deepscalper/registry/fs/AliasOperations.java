package io.deepscalper.registry.fs;

import io.deepscalper.api.model.ActivationRefusedException;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelVersion;
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
 * Activation (gated or forced), rollback and the challenger alias. Each runs under the registry lock,
 * verifies the target's checksums first and records itself in the history.
 */
final class AliasOperations {
    private static final Logger LOG = LoggerFactory.getLogger(AliasOperations.class);

    private final Path dir;
    private final Clock clock;
    private final CatalogFile catalog;
    private final VersionFiles files;
    private final Quarantine quarantine;

    AliasOperations(Path dir, Clock clock, CatalogFile catalog, VersionFiles files, Quarantine quarantine) {
        this.dir = dir;
        this.clock = clock;
        this.catalog = catalog;
        this.files = files;
        this.quarantine = quarantine;
    }

    ModelVersion activate(ModelRef ref, boolean forced, String reason) {
        try (CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            CatalogEntry e = CatalogQueries.resolve(dir, c, ref);
            Optional<String> problem = files.verify(e.id(), e.metadataSha256());
            if (problem.isPresent()) {
                throw quarantine.locked(c, e, problem.get());
            }
            if (!forced && e.gate() != GateStatus.PASSED) {
                throw new ActivationRefusedException(gateRefusal(e));
            }
            ModelVersionId previous = c.aliases.get(Alias.ACTIVE);
            if (previous != null && !previous.equals(e.id())) {
                c.previousActive.add(previous);
            }
            c.aliases.put(Alias.ACTIVE, e.id());
            c.aliases.put(Alias.CHAMPION, e.id());
            c.aliases.remove(Alias.CHALLENGER, e.id());
            c.record(new RegistryEvent(clock.instant(), "activate", e.id(), previous, forced,
                    forced ? reason : "validation gate passed"));
            catalog.write(c);
            LOG.info("activated model version {}{} (previously {})", e.id(), forced ? " by force: " + reason : "",
                    previous);
            return CatalogQueries.toVersion(e, c);
        }
    }

    private String gateRefusal(CatalogEntry e) {
        String detail;
        if (e.gate() == GateStatus.NOT_EVALUATED) {
            detail = "it has no validation result";
        } else {
            List<String> failures;
            try {
                failures = files.readMetadata(e.id()).validation().failures();
            } catch (IOException | RuntimeException ex) {
                failures = List.of("(reasons unreadable: " + ex.getMessage() + ")");
            }
            detail = "its validation gate failed: " + String.join("; ", failures);
        }
        return "model version " + e.id() + " cannot become champion automatically: " + detail + ". A person can "
                + "override this with forceActivate(ref, reason) or `deepscalper models activate " + e.id()
                + " --force --reason <why>`; the override is recorded.";
    }

    ModelVersion rollback(String reason) {
        try (CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            ModelVersionId target = c.rollbackTarget().orElseThrow(() -> new ModelNotFoundException(
                    "nothing to roll back to in " + dir + ": no earlier active version is still stored"));
            while (!c.previousActive.isEmpty()) {
                if (c.previousActive.remove(c.previousActive.size() - 1).equals(target)) {
                    break;
                }
            }
            CatalogEntry e = c.entry(target).orElseThrow();
            Optional<String> problem = files.verify(e.id(), e.metadataSha256());
            if (problem.isPresent()) {
                throw quarantine.locked(c, e, problem.get());
            }
            ModelVersionId current = c.aliases.get(Alias.ACTIVE);
            c.aliases.put(Alias.ACTIVE, target);
            c.aliases.put(Alias.CHAMPION, target);
            c.record(new RegistryEvent(clock.instant(), "rollback", target, current, false,
                    reason == null || reason.isBlank() ? "rollback" : reason));
            catalog.write(c);
            LOG.info("rolled back from {} to {}", current, target);
            return CatalogQueries.toVersion(e, c);
        }
    }

    Optional<ModelVersionId> deactivate(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("deactivating the active version needs a reason (it is recorded)");
        }
        try (CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            ModelVersionId current = c.aliases.remove(Alias.ACTIVE);
            ModelVersionId champion = c.aliases.remove(Alias.CHAMPION);
            ModelVersionId was = current != null ? current : champion;
            if (was == null) {
                return Optional.empty();
            }
            // remembered, so that a later rollback can serve it again
            c.previousActive.add(was);
            c.record(new RegistryEvent(clock.instant(), "deactivate", was, was, false, reason));
            catalog.write(c);
            LOG.info("deactivated model version {}: {}", was, reason);
            return Optional.of(was);
        }
    }

    ModelVersion setChallenger(ModelRef ref) {
        try (CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            CatalogEntry e = CatalogQueries.resolve(dir, c, ref);
            ModelVersionId previous = c.aliases.put(Alias.CHALLENGER, e.id());
            c.record(new RegistryEvent(clock.instant(), "challenger", e.id(), previous, false, "set challenger"));
            catalog.write(c);
            return CatalogQueries.toVersion(e, c);
        }
    }
}
