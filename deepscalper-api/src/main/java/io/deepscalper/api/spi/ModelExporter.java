package io.deepscalper.api.spi;

import io.deepscalper.api.model.LoadedModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Plug-in that writes a model in one format; {@link #name()} is the format ({@code djl}, {@code onnx},
 * {@code pytorch}). Called through {@link io.deepscalper.api.model.ModelStore#export}, which resolves
 * the version, verifies it and handles the overwrite rule.
 */
public interface ModelExporter extends Provider {

    /** @return the conventional file name suffix, e.g. {@code .onnx}, {@code .pt}; empty for a folder */
    String fileSuffix();

    /**
     * Writes {@code model} to {@code target}, which does not exist yet. The store passes a temporary sibling
     * of the user's target and renames it into place afterwards, so implementations simply write (a file, or
     * a folder they create) and a failed export leaves nothing behind.
     *
     * @param model  a verified version
     * @param target the file or folder to create
     * @return bytes written
     * @throws IOException when writing fails
     */
    long export(LoadedModel model, Path target) throws IOException;
}
