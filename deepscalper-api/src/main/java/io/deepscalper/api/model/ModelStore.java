package io.deepscalper.api.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open model registry: versions with lineage, aliases, a validation gate, retention and export.
 * Obtain one from a {@link io.deepscalper.api.spi.ModelRegistry} provider.
 *
 * <p>Implementations are safe for use by several threads and, through a file lock, several processes
 * sharing one folder. No operation loses or corrupts a stored version: saves are atomic, and a version
 * whose files fail verification is refused and quarantined rather than served.
 *
 * <p>Every method that takes a {@link ModelRef} accepts a version id, an alias or {@code latest}.
 */
public interface ModelStore {

    /** @return the registry folder ({@code <workdir>/models}) */
    Path directory();

    /**
     * Saves a new version atomically. It is not activated; see {@link #activate} and {@link #setChallenger}.
     *
     * @return the catalog entry of the new version
     */
    ModelVersion register(NewModelVersion version);

    /** @return every version with its metrics and aliases, oldest first */
    List<ModelVersion> list();

    /** @return the version {@code ref} names, if any */
    Optional<ModelVersion> find(ModelRef ref);

    /**
     * @return the version {@code ref} names
     * @throws ModelNotFoundException listing what exists when none matches
     */
    ModelVersion get(ModelRef ref);

    /** @return the metadata of the version {@code ref} names (its metadata file is verified against the catalog) */
    ModelMetadata metadata(ModelRef ref);

    /**
     * Loads a version after verifying every file's SHA-256.
     *
     * @throws CorruptModelException when a file differs; the version is quarantined
     */
    LoadedModel load(ModelRef ref);

    /**
     * Makes a version active and champion, after verifying its checksums. Only versions whose validation
     * gate passed may be activated this way.
     *
     * @throws ActivationRefusedException when the gate failed or was not run
     * @throws CorruptModelException      when a file differs; the version is quarantined
     */
    ModelVersion activate(ModelRef ref);

    /**
     * Makes a version active and champion regardless of its gate; the override and its reason are recorded
     * in the history. Checksums are still verified.
     *
     * @param reason why a person overrides the gate (required, non-blank)
     */
    ModelVersion forceActivate(ModelRef ref, String reason);

    /**
     * Returns {@code active} and {@code champion} to the version that was active before the current one.
     *
     * @throws ModelNotFoundException when there is no earlier activation to return to
     */
    ModelVersion rollback(String reason);

    /**
     * Clears {@code active} and {@code champion}: nothing is deployed, and consumers of the active model
     * trade flat. Used when a champion proves worse than not trading and there is no earlier version to
     * return to. The deactivated version stays stored and can be activated again; the reason is recorded.
     *
     * @param reason why (required, non-blank), e.g. the evidence of a failed probation
     * @return the version that was active, empty when none was
     */
    Optional<ModelVersionId> deactivate(String reason);

    /** Points the {@code challenger} alias at a version. */
    ModelVersion setChallenger(ModelRef ref);

    /** @return the aliases that are set, and the versions they point at */
    Map<Alias, ModelVersionId> aliases();

    /** @return the audit history (activations, rollbacks, quarantines, deletions), oldest first */
    List<RegistryEvent> history();

    /** @return the version with the best value of {@code metric}, ignoring versions without it */
    Optional<ModelVersion> best(String metric, MetricDirection direction);

    /**
     * @return a metric-by-metric table of two versions' stored metrics. Each was measured on that version's own
     *         held-out window, so this is a record, not a like-with-like comparison: for that, evaluate both on the
     *         same sessions and compare {@link ModelEvaluation#minus} (as {@code deepscalper models --compare} does)
     */
    ModelComparison compare(ModelRef a, ModelRef b);

    /** Deletes the oldest unprotected versions beyond {@code policy.keepAtMost()}. */
    RetentionResult retain(RetentionPolicy policy);

    /**
     * Repairs what crashed processes left behind: removes unfinished staging folders, adopts complete
     * verified versions that never reached the catalog, quarantines unverifiable ones and drops catalog
     * entries whose folder is gone.
     */
    CleanupReport cleanup();

    /**
     * Exports a version with the {@link io.deepscalper.api.spi.ModelExporter} called {@code format}.
     *
     * @param target    the file or folder to write
     * @param overwrite replace {@code target} when it exists; otherwise an existing target is refused
     */
    ExportResult export(ModelRef ref, String format, Path target, boolean overwrite);
}
