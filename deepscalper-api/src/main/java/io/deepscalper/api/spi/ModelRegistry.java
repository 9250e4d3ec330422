package io.deepscalper.api.spi;

import io.deepscalper.api.model.ModelStore;
import java.nio.file.Path;
import java.time.Clock;

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

    /**
     * Opens the registry with the clock that stamps registrations and alias changes, and from which version ids
     * are derived: the orchestrator's, so that on a simulated market the ids and the times {@code status} shows
     * come from the same clock. The default ignores {@code clock} (for providers that keep their own time).
     *
     * @param directory the models folder
     * @param clock     the clock of registrations
     * @return a store bound to it
     */
    default ModelStore open(Path directory, Clock clock) {
        return open(directory);
    }
}
