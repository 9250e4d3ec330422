package io.deepscalper.registry.fs;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.api.nn.ParameterSet;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the versions under {@code models/}: staging, verification, quarantine and deletion.
 *
 * <p>A save writes {@code .staging-<pid>-<uuid>/} completely (every file fsynced) and only then renames it
 * to {@code <id>/}, so a version folder either exists complete or not at all. The pid in the name lets
 * {@code cleanup} tell a crashed save from one still running in another process.
 */
final class VersionFiles {
    static final String PARAMS = "model.params";
    static final String METADATA = "metadata.json";
    static final String QUARANTINE = "quarantine";
    static final String STAGING_PREFIX = ".staging-";
    static final String TRASH_PREFIX = ".trash-";
    /** Names (unique by their uuid) of this JVM's saves in progress; names, not paths, so any spelling matches. */
    private static final Set<String> OUR_STAGING = ConcurrentHashMap.newKeySet();

    private final Path dir;

    VersionFiles(Path dir) {
        this.dir = dir;
    }

    Path folder(ModelVersionId id) {
        return dir.resolve(id.value());
    }

    /** A save in progress: a staging folder holding the fsynced parameters. */
    final class Staged implements AutoCloseable {
        final Path path;
        final String paramsSha256;

        private Staged(Path path, String paramsSha256) {
            this.path = path;
            this.paramsSha256 = paramsSha256;
        }

        /** Writes the metadata, fsyncs and renames the folder to {@code <id>/}. */
        void commit(ModelMetadata metadata, byte[] metadataJson) throws IOException {
            Files.write(path.resolve(METADATA), metadataJson, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
            AtomicFiles.fsyncDirectory(path);
            Path target = folder(metadata.id());
            Files.move(path, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.fsyncDirectory(dir);
        }

        @Override
        public void close() throws IOException {
            OUR_STAGING.remove(path.getFileName().toString());
            AtomicFiles.deleteTree(path);
        }
    }

    /** Writes the parameters (core's {@link ParameterCodec} format) into a new staging folder. */
    Staged stage(NetworkConfig network, ParameterSet params) throws IOException {
        Path staging = dir.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        OUR_STAGING.add(staging.getFileName().toString());
        Files.createDirectory(staging);
        byte[] bytes = ParameterCodec.encode(network, params);
        try {
            AtomicFiles.writeNew(staging.resolve(PARAMS), out -> out.write(bytes));
        } catch (IOException | RuntimeException e) {
            OUR_STAGING.remove(staging.getFileName().toString());
            AtomicFiles.deleteTree(staging);
            throw e;
        }
        return new Staged(staging, Sha256.of(bytes));
    }

    /**
     * Compares every file against the checksums recorded when the version was saved.
     *
     * @return empty when the version is intact, else what is wrong
     */
    Optional<String> verify(ModelVersionId id, String metadataSha256) {
        Path folder = folder(id);
        try {
            Path meta = folder.resolve(METADATA);
            if (!Files.isRegularFile(meta)) {
                return Optional.of(METADATA + " is missing");
            }
            String actual = Sha256.of(meta);
            if (metadataSha256 != null && !actual.equals(metadataSha256)) {
                return Optional.of(METADATA + " has SHA-256 " + actual + " but the catalog recorded " + metadataSha256);
            }
            ModelMetadata m = readMetadata(id);
            if (m.files().isEmpty() || !m.files().containsKey(PARAMS)) {
                return Optional.of(METADATA + " records no checksum for " + PARAMS);
            }
            for (Map.Entry<String, String> f : m.files().entrySet()) {
                Path p = safeChild(folder, f.getKey());
                if (!Files.isRegularFile(p)) {
                    return Optional.of(f.getKey() + " is missing");
                }
                String sha = Sha256.of(p);
                if (!sha.equals(f.getValue())) {
                    return Optional.of(f.getKey() + " has SHA-256 " + sha + " but " + METADATA + " recorded "
                            + f.getValue());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("its files cannot be read (" + e.getMessage() + ")");
        }
    }

    ModelMetadata readMetadata(ModelVersionId id) throws IOException {
        ModelMetadata m = RegistryJson.mapper().readValue(folder(id).resolve(METADATA).toFile(), ModelMetadata.class);
        if (!m.id().equals(id)) {
            throw new IOException(METADATA + " of folder " + id + " names version " + m.id());
        }
        return m;
    }

    /** Moves a version folder to {@code quarantine/<id>-<millis>/}; returns the new location. */
    Path quarantine(ModelVersionId id, long nowMillis) throws IOException {
        Path q = dir.resolve(QUARANTINE);
        Files.createDirectories(q);
        Path target = q.resolve(id.value() + "-" + nowMillis);
        Files.move(folder(id), target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.fsyncDirectory(dir);
        return target;
    }

    /** @return true when a quarantined copy of {@code id} exists */
    boolean quarantined(ModelVersionId id) {
        Path q = dir.resolve(QUARANTINE);
        if (!Files.isDirectory(q)) {
            return false;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(q, id.value() + "-*")) {
            return ds.iterator().hasNext();
        } catch (IOException e) {
            return true; // cannot tell: do not risk reusing the id
        }
    }

    /** Deletes a version folder: renamed away first so that a crash never leaves a half-deleted version. */
    void delete(ModelVersionId id) throws IOException {
        Path trash = dir.resolve(TRASH_PREFIX + id.value() + "-" + UUID.randomUUID());
        Files.move(folder(id), trash, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.fsyncDirectory(dir);
        AtomicFiles.deleteTree(trash);
    }

    /** @return the well-formed version folder names present */
    List<ModelVersionId> versionFolders() throws IOException {
        List<ModelVersionId> ids = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (ModelVersionId.isValid(name)) {
                    ids.add(ModelVersionId.parse(name));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** @return leftovers of interrupted saves, deletes and catalog writes that no live process owns */
    List<Path> abandoned() throws IOException {
        List<Path> out = new ArrayList<>();
        long me = ProcessHandle.current().pid();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(TRASH_PREFIX) || name.startsWith(CatalogFile.CATALOG + CatalogFile.TEMP_MARKER)) {
                    out.add(p);
                } else if (name.startsWith(STAGING_PREFIX)) {
                    long pid = stagingPid(name);
                    boolean alive = pid == me ? OUR_STAGING.contains(name)
                            : pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    if (!alive) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private static long stagingPid(String name) {
        String rest = name.substring(STAGING_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Path safeChild(Path folder, String name) {
        Path p = folder.resolve(name).normalize();
        if (!p.getParent().equals(folder.normalize()) || name.contains("/") || name.contains("\\")) {
            throw new ModelRegistryException(METADATA + " lists file '" + name + "' outside its version folder");
        }
        return p;
    }
}
