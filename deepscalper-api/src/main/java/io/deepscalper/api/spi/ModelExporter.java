package io.deepscalper.api.spi;

import io.deepscalper.api.model.LoadedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Plug-in that writes a model in one format; {@link #name()} is the format ({@code djl}, {@code onnx},
 * {@code pytorch}). Called through {@link io.deepscalper.api.model.ModelStore#export}, which resolves
 * the version, verifies it and handles the overwrite rule.
 *
 * <p>Settings arrive as {@link ProviderOptions}, like every other provider's: {@link #configure} returns a
 * configured copy and leaves the shared prototype that {@link Providers} caches unchanged.
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

    /**
     * Returns an exporter with the given settings; this instance is unchanged. The built-in exporters
     * have no settings, so the default accepts only empty options.
     *
     * @throws io.deepscalper.api.config.InvalidConfigException when an option is unknown or its value is invalid
     */
    default ModelExporter configure(ProviderOptions options) {
        options.requireOnly(name(), optionNames());
        return this;
    }

    /** @return the names of the options {@link #configure} accepts, for help texts */
    default Set<String> optionNames() {
        return Set.of();
    }
}
