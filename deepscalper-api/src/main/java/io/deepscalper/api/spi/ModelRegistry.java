package io.deepscalper.api.spi;

import io.deepscalper.api.model.ModelStore;
import java.nio.file.Path;

/**
 * Plug-in that stores model versions. The default provider, {@code filesystem}, keeps versions under
 * {@code <workdir>/models} as docs/architecture.md ("The work directory") lays out. Like a JDBC driver, the provider opens a
 * {@link ModelStore} bound to one folder.
 *
 * <pre>{@code
 * ModelStore models = Providers.byName(ModelRegistry.class, "filesystem").open(workdir.resolve("models"));
 * }</pre>
 */
public interface ModelRegistry extends Provider {

    /**
     * Opens (creating if needed) the registry in {@code directory}.
     *
     * @param directory the models folder
     * @return a store bound to it
     */
    ModelStore open(Path directory);
}
