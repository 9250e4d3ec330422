package io.deepscalper.registry.fs;

import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.testkit.ModelRegistryContractKit;

/** The {@code filesystem} provider and its store pass the registry contract. */
class FileSystemModelRegistryContractTest extends ModelRegistryContractKit {
    @Override
    protected ModelRegistry registry() {
        return new FileSystemModelRegistry();
    }
}
