package io.deepscalper.registry.fs;

import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.registry.testing.TestModels;
import java.nio.file.Path;
import java.util.List;

/** Child JVM of {@link CrashTest}: saves large versions (about 20 MB each) until it is killed. */
public final class CrashSaver {
    static final NetworkConfig LARGE = new NetworkConfig(20_000, List.of(256), 16, 8, 21, 11);

    private CrashSaver() {
    }

    /** @param args registry folder */
    public static void main(String[] args) {
        ModelStore s = new FileSystemModelRegistry().open(Path.of(args[0]));
        ParameterSet p = TestModels.random(LARGE, 1);
        for (int i = 0; ; i++) {
            s.register(NewModelVersion.builder(p, LARGE).seed(i).build());
        }
    }
}
