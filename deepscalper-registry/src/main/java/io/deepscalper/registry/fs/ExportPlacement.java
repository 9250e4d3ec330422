package io.deepscalper.registry.fs;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.ExportResult;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelRegistryException;
import io.deepscalper.api.spi.ModelExporter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Runs an exporter into a temporary sibling of the target and moves the result into place, so that a
 * failed export leaves nothing behind and an existing target is only replaced when asked.
 */
final class ExportPlacement {
    private ExportPlacement() {
    }

    static ExportResult export(ModelExporter exporter, LoadedModel model, Path requested, boolean overwrite) {
        Path target = requested.toAbsolutePath().normalize();
        if (Files.exists(target) && !overwrite) {
            throw new ModelRegistryException("export target " + target + " already exists; choose another path or "
                    + "allow overwriting (overwrite=true, `--force` on the command line)");
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
        Path old = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
            long bytes = exporter.export(model, tmp);
            if (Files.exists(target)) {
                // a folder cannot be replaced by one rename: move the old one aside first
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.fsyncDirectory(target.getParent());
            return new ExportResult(model.metadata().id(), exporter.name(), target, bytes);
        } catch (FileAlreadyExistsException e) {
            throw new ModelRegistryException("export target " + target + " appeared while exporting; nothing was "
                    + "overwritten", e);
        } catch (IOException e) {
            throw new ModelRegistryException("cannot export " + model.metadata().id() + " as " + exporter.name() + " to "
                    + target + ": " + e.getMessage() + "; nothing was written", e);
        } finally {
            try {
                AtomicFiles.deleteTree(tmp);
                AtomicFiles.deleteTree(old);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ExportPlacement.class).warn("cannot remove {} or {}: {}", tmp, old,
                        e.getMessage());
            }
        }
    }
}
