package io.deepscalper.registry.fs;

import io.deepscalper.core.model.ModelStore;
import io.deepscalper.core.spi.ModelRegistry;
import io.deepscalper.core.spi.Providers;
import io.deepscalper.core.testkit.ModelStoreContract;
import java.nio.file.Path;

/** The {@code filesystem} provider, found through ServiceLoader, passes core's registry contract. */
class FileSystemModelStoreContractTest extends ModelStoreContract {
    @Override
    protected ModelStore open(Path directory) {
        return Providers.byName(ModelRegistry.class, "filesystem").open(directory);
    }
}
