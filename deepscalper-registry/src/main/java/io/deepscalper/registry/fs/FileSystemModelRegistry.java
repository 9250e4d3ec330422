package io.deepscalper.registry.fs;

import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.spi.ModelRegistry;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The {@code filesystem} registry provider: versions under {@code <workdir>/models} laid out as
 * docs/architecture.md ("The work directory") describes. Registered in {@code META-INF/services/io.deepscalper.api.spi.ModelRegistry}.
 */
public final class FileSystemModelRegistry implements ModelRegistry {
    /** The provider name used in config and on the command line. */
    public static final String NAME = "filesystem";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public ModelStore open(Path directory) {
        return new FileSystemModelStore(directory, Clock.systemUTC());
    }

    @Override
    public ModelStore open(Path directory, Clock clock) {
        return new FileSystemModelStore(directory, java.util.Objects.requireNonNull(clock, "clock"));
    }
}
