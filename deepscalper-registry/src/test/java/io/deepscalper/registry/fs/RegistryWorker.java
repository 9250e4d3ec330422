package io.deepscalper.registry.fs;

import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.registry.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Registers and activates versions in a loop; used by {@link ConcurrencyTest} in threads and child JVMs. */
public final class RegistryWorker {
    private RegistryWorker() {
    }

    static List<ModelVersionId> work(ModelStore s, long seed, int count) {
        List<ModelVersionId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ModelVersionId id = s.register(TestModels.version(seed + i, 1.0 + i)).id();
            s.activate(ModelRef.of(id));
            ids.add(id);
        }
        return ids;
    }

    /** @param args registry folder, seed, count, start-signal file; prints one registered id per line */
    public static void main(String[] args) throws Exception {
        Path go = Path.of(args[3]);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(go) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        ModelStore s = new FileSystemModelRegistry().open(Path.of(args[0]));
        for (ModelVersionId id : work(s, Long.parseLong(args[1]), Integer.parseInt(args[2]))) {
            System.out.println(id);
        }
    }
}
