package io.deepscalper.registry.fs;

import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.testkit.ModelStoreContract;
import java.nio.file.Path;

/** The {@code filesystem} provider, found through ServiceLoader, passes core's registry contract. */
class FileSystemModelStoreContractTest extends ModelStoreContract {
    @Override
    protected ModelStore open(Path directory) {
        return Providers.byName(ModelRegistry.class, "filesystem").open(directory);
    }
}
