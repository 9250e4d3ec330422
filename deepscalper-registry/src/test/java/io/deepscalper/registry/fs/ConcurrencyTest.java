package io.deepscalper.registry.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RegistryEvent;
import io.deepscalper.registry.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two threads, and two JVMs, register and activate at once; the catalog stays consistent. */
class ConcurrencyTest {
    private static final int PER_WORKER = 12;

    @TempDir
    Path dir;

    @Test
    void twoThreadsRegisterAndActivateAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            List<Future<List<ModelVersionId>>> futures = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    // each thread opens its own store, as two components of one application would
                    ModelStore s = new FileSystemModelRegistry().open(dir);
                    start.await();
                    return RegistryWorker.work(s, worker * 1000L, PER_WORKER);
                }));
            }
            List<ModelVersionId> registered = new ArrayList<>();
            for (Future<List<ModelVersionId>> f : futures) {
                registered.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertConsistent(registered);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSpellingsOfOneFolderShareTheLock() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
        try {
            ModelStore a = new FileSystemModelRegistry().open(dir);
            ModelStore b = new FileSystemModelRegistry().open(link.resolve("..").resolve(link.getFileName()));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<ModelVersionId>> fa = pool.submit(() -> RegistryWorker.work(a, 0, 5));
                Future<List<ModelVersionId>> fb = pool.submit(() -> RegistryWorker.work(b, 100, 5));
                assertThat(fa.get(120, TimeUnit.SECONDS)).hasSize(5);
                assertThat(fb.get(120, TimeUnit.SECONDS)).hasSize(5);
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.list()).hasSize(10);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    @Tag("integration")
    void twoJvmsRegisterAndActivateAtOnce() throws Exception {
        Path go = dir.resolve("go");
        List<Process> children = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            children.add(ChildJvm.start(RegistryWorker.class, dir.resolve("worker" + w + ".log"), dir.toString(),
                    Long.toString(w * 1000L), Integer.toString(PER_WORKER), go.toString()));
        }
        Files.createFile(go); // both children start writing once this appears, after their JVM startup
        List<ModelVersionId> registered = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Process p = children.get(w);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            String log = Files.readString(dir.resolve("worker" + w + ".log"));
            assertThat(p.exitValue()).as(log).isZero();
            for (String line : log.split("\n")) {
                if (ModelVersionId.isValid(line.strip())) {
                    registered.add(ModelVersionId.parse(line.strip()));
                }
            }
        }
        assertConsistent(registered);
    }

    private void assertConsistent(List<ModelVersionId> registered) throws Exception {
        ModelStore s = new FileSystemModelRegistry().open(dir);
        assertThat(registered).hasSize(2 * PER_WORKER).doesNotHaveDuplicates();
        List<ModelVersion> listed = s.list();
        assertThat(listed).extracting(ModelVersion::id).containsExactlyInAnyOrderElementsOf(registered);
        for (ModelVersion v : listed) {
            assertThat(s.load(ModelRef.of(v.id())).metadata().id()).isEqualTo(v.id());
        }
        List<RegistryEvent> activations = s.history().stream().filter(e -> e.action().equals("activate")).toList();
        assertThat(activations).hasSize(2 * PER_WORKER);
        // every activation saw the previous one: the history is one chain, so no update was lost
        for (int i = 1; i < activations.size(); i++) {
            assertThat(activations.get(i).previous()).isEqualTo(activations.get(i - 1).version());
        }
        assertThat(s.aliases().get(Alias.ACTIVE)).isEqualTo(activations.get(activations.size() - 1).version());
        Set<String> leftovers = new HashSet<>();
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") || n.contains(".tmp-"))
                    .forEach(leftovers::add);
        }
        assertThat(leftovers).isEmpty();
        assertThat(s.cleanup().clean()).isTrue();
    }
}
