package io.deepscalper.registry.fs;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.model.ExportResult;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.MetricDelta;
import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.ModelComparison;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.RegistryEvent;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.RetentionResult;
import io.deepscalper.api.nn.CorruptParameterFileException;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.registry.params.CanonicalLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file-system {@link ModelStore}. Mutations run under {@link CatalogFile#lock()} and end with one
 * atomic catalog replacement; reads use the last complete catalog without locking. See
 * {@link VersionFiles} for how version folders are written, verified and quarantined.
 */
public final class FileSystemModelStore implements ModelStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileSystemModelStore.class);

    private final Path dir;
    private final Clock clock;
    private final CatalogFile catalog;
    private final VersionFiles files;
    private final Quarantine quarantine;
    private final AliasOperations aliasOps;

    /**
     * @param directory the models folder, created when missing
     * @param clock     source of creation times (and thus ids)
     */
    public FileSystemModelStore(Path directory, Clock clock) {
        this.dir = directory.toAbsolutePath().normalize();
        this.clock = clock;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ModelRegistryException("cannot create the registry folder " + dir + ": " + e.getMessage(), e);
        }
        this.catalog = new CatalogFile(dir);
        this.files = new VersionFiles(dir);
        this.quarantine = new Quarantine(dir, clock, catalog, files);
        this.aliasOps = new AliasOperations(dir, clock, catalog, files, quarantine);
    }

    @Override
    public Path directory() {
        return dir;
    }

    @Override
    public ModelVersion register(NewModelVersion v) {
        CanonicalLayout.check(v.network(), v.parameters());
        try (VersionFiles.Staged staged = files.stage(v.network(), v.parameters()); CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            if (v.parent() != null && !c.contains(v.parent())) {
                LOG.warn("registering a version whose parent {} is not in the registry; lineage will name it anyway",
                        v.parent());
            }
            Instant now = clock.instant();
            ModelVersionId id = newId(c, now);
            ModelMetadata m = new ModelMetadata(ModelMetadata.FORMAT_VERSION, id, now, v.trigger(), v.kind(), v.parent(),
                    v.network(), v.config(), v.data(), v.seed(), v.trainingSteps(), v.metrics(), v.validation(),
                    Map.of(VersionFiles.PARAMS, staged.paramsSha256), v.runId());
            byte[] json = RegistryJson.mapper().writeValueAsBytes(m);
            staged.commit(m, json);
            CatalogEntry entry = CatalogEntry.of(m, Sha256.of(json));
            c.versions.add(entry);
            c.record(new RegistryEvent(now, "register", id, v.parent(), false, "trigger " + m.trigger() + ", "
                    + m.kind().name().toLowerCase(java.util.Locale.ROOT) + ", gate " + m.gateStatus()));
            catalog.write(c);
            LOG.info("registered model version {} ({}, trigger {}, gate {})", id, m.kind(), m.trigger(), m.gateStatus());
            return CatalogQueries.toVersion(entry, c);
        } catch (IOException e) {
            throw new ModelRegistryException("cannot save the model version in " + dir + ": " + e.getMessage()
                    + "; nothing was registered and existing versions are untouched", e);
        }
    }

    /** Ids are never reused, not even those of deleted or quarantined versions, so an id names one model forever. */
    private ModelVersionId newId(Catalog c, Instant now) {
        ModelVersionId base = ModelVersionId.forInstant(now);
        ModelVersionId id = base;
        for (int n = 2; c.contains(id) || Files.exists(files.folder(id)) || c.everUsed(id) || files.quarantined(id); n++) {
            id = base.withSuffix(n);
        }
        return id;
    }

    @Override
    public List<ModelVersion> list() {
        Catalog c = catalog.read();
        List<ModelVersion> out = new ArrayList<>();
        for (CatalogEntry e : c.versions) {
            out.add(CatalogQueries.toVersion(e, c));
        }
        return out;
    }

    @Override
    public Optional<ModelVersion> find(ModelRef ref) {
        Catalog c = catalog.read();
        return CatalogQueries.lookup(c, ref).map(e -> CatalogQueries.toVersion(e, c));
    }

    @Override
    public ModelVersion get(ModelRef ref) {
        Catalog c = catalog.read();
        return CatalogQueries.toVersion(CatalogQueries.resolve(dir, c, ref), c);
    }

    @Override
    public ModelMetadata metadata(ModelRef ref) {
        CatalogEntry e = CatalogQueries.resolve(dir, catalog.read(), ref);
        try {
            byte[] json = Files.readAllBytes(files.folder(e.id()).resolve(VersionFiles.METADATA));
            if (!Sha256.of(json).equals(e.metadataSha256())) {
                throw quarantine.refuse(e, VersionFiles.METADATA + " does not match the checksum in the catalog");
            }
            return RegistryJson.mapper().readValue(json, ModelMetadata.class);
        } catch (IOException ex) {
            throw quarantine.refuse(e, VersionFiles.METADATA + " cannot be read (" + ex.getMessage() + ")");
        }
    }

    @Override
    public LoadedModel load(ModelRef ref) {
        CatalogEntry e = CatalogQueries.resolve(dir, catalog.read(), ref);
        ModelMetadata m = metadata(ModelRef.of(e.id()));
        try {
            // hash the very bytes that are decoded, so nothing can change between verification and use
            byte[] raw = Files.readAllBytes(files.folder(e.id()).resolve(VersionFiles.PARAMS));
            String sha = Sha256.of(raw);
            if (!sha.equals(m.files().get(VersionFiles.PARAMS))) {
                throw quarantine.refuse(e, VersionFiles.PARAMS + " has SHA-256 " + sha + " but " + VersionFiles.METADATA
                        + " recorded " + m.files().get(VersionFiles.PARAMS));
            }
            ParameterCodec.Snapshot snapshot = ParameterCodec.decode(raw);
            if (!snapshot.config().equals(m.network())) {
                throw quarantine.refuse(e, VersionFiles.PARAMS + " holds a network " + snapshot.config() + " but "
                        + VersionFiles.METADATA + " records " + m.network());
            }
            return new LoadedModel(m, CanonicalLayout.canonicalOrder(m.network(), snapshot.parameters()));
        } catch (IOException | IllegalArgumentException | CorruptParameterFileException ex) {
            throw quarantine.refuse(e, VersionFiles.PARAMS + " cannot be read (" + ex.getMessage() + ")");
        }
    }

    @Override
    public ModelVersion activate(ModelRef ref) {
        return aliasOps.activate(ref, false, null);
    }

    @Override
    public ModelVersion forceActivate(ModelRef ref, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a forced activation needs a reason; it is recorded in the registry "
                    + "history (e.g. --reason \"gate metric broken, verified manually\")");
        }
        return aliasOps.activate(ref, true, reason);
    }

    @Override
    public ModelVersion rollback(String reason) {
        return aliasOps.rollback(reason);
    }

    @Override
    public Optional<ModelVersionId> deactivate(String reason) {
        return aliasOps.deactivate(reason);
    }

    @Override
    public ModelVersion setChallenger(ModelRef ref) {
        return aliasOps.setChallenger(ref);
    }

    @Override
    public Map<Alias, ModelVersionId> aliases() {
        Map<Alias, ModelVersionId> m = new EnumMap<>(Alias.class);
        m.putAll(catalog.read().aliases);
        return m;
    }

    @Override
    public List<RegistryEvent> history() {
        return List.copyOf(catalog.read().history);
    }

    @Override
    public Optional<ModelVersion> best(String metric, MetricDirection direction) {
        Catalog c = catalog.read();
        return RetentionPlanner.best(metricsById(c), metric, direction).map(id -> CatalogQueries.toVersion(c.entry(id).orElseThrow(), c));
    }

    @Override
    public ModelComparison compare(ModelRef a, ModelRef b) {
        Catalog c = catalog.read();
        CatalogEntry ea = CatalogQueries.resolve(dir, c, a);
        CatalogEntry eb = CatalogQueries.resolve(dir, c, b);
        Set<String> names = new TreeSet<>(ea.metrics().keySet());
        names.addAll(eb.metrics().keySet());
        List<MetricDelta> rows = new ArrayList<>();
        for (String n : names) {
            rows.add(MetricDelta.of(n, ea.metrics().getOrDefault(n, Double.NaN), eb.metrics().getOrDefault(n, Double.NaN)));
        }
        return new ModelComparison(ea.id(), eb.id(), rows);
    }

    @Override
    public RetentionResult retain(RetentionPolicy policy) {
        RetentionResult plan;
        try (CatalogFile.Held lock = catalog.lock()) {
            Catalog c = catalog.read();
            plan = RetentionPlanner.plan(metricsById(c), c.aliases.values(), c.rollbackTarget().orElse(null),
                    c.everActive(), policy);
            for (ModelVersionId id : plan.deleted()) {
                c.remove(id);
                c.record(new RegistryEvent(clock.instant(), "delete", id, null, false,
                        "retention: keep at most " + policy.keepAtMost()));
            }
            // catalog first: a crash before the folders go leaves orphans that cleanup adopts, never dangling entries
            catalog.write(c);
            for (ModelVersionId id : plan.deleted()) {
                try {
                    files.delete(id);
                } catch (IOException e) {
                    LOG.warn("retention removed {} from the catalog but could not delete its folder: {}", id,
                            e.getMessage());
                }
            }
        }
        LOG.info("retention kept {} and deleted {}", plan.kept(), plan.deleted());
        return plan;
    }

    @Override
    public CleanupReport cleanup() {
        return new RegistryRepair(dir, clock, catalog, files).run();
    }

    @Override
    public ExportResult export(ModelRef ref, String format, Path target, boolean overwrite) {
        ModelExporter exporter = Providers.byName(ModelExporter.class, format);
        return ExportPlacement.export(exporter, load(ref), target, overwrite);
    }

    private static Map<ModelVersionId, Map<String, Double>> metricsById(Catalog c) {
        Map<ModelVersionId, Map<String, Double>> m = new LinkedHashMap<>();
        c.versions.forEach(e -> m.put(e.id(), e.metrics()));
        return m;
    }

}
