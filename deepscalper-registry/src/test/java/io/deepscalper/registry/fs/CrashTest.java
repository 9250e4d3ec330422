package io.deepscalper.registry.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.registry.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM killed (SIGKILL) in the middle of a save leaves a valid registry without the partial version. */
@Tag("integration")
class CrashTest {
    private static final int ATTEMPTS = 5;

    @TempDir
    Path dir;

    @Test
    void killedMidSaveLeavesTheRegistryValid() throws Exception {
        Optional<String> caught = Optional.empty();
        for (int attempt = 0; attempt < ATTEMPTS && caught.isEmpty(); attempt++) {
            Process child = ChildJvm.start(CrashSaver.class, dir.resolve("child" + attempt + ".log"), dir.toString());
            try {
                caught = waitForPartialSave(child);
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(caught).as("a child was killed while a staging folder held a partial save").isPresent();
        String partial = caught.get();

        ModelStore s = new FileSystemModelRegistry().open(dir);
        List<ModelVersion> listed = s.list();
        for (ModelVersion v : listed) {
            assertThat(s.load(ModelRef.of(v.id())).parameters().scalarCount())
                    .isEqualTo(CrashSaver.LARGE.parameterCount());
        }
        CleanupReport r = s.cleanup();
        // every complete folder is either listed or (killed between rename and catalog write) adopted by cleanup
        List<String> folders;
        try (Stream<Path> files = Files.list(dir)) {
            folders = files.map(p -> p.getFileName().toString())
                    .filter(io.deepscalper.api.model.ModelVersionId::isValid).sorted().toList();
        }
        assertThat(s.list()).extracting(v -> v.id().value()).containsExactlyElementsOf(folders);
        assertThat(s.list()).hasSize(listed.size() + r.adopted().size());
        assertThat(r.removedStaging()).contains(partial);
        assertThat(r.quarantined()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".staging-") || n.contains(".tmp-"));
        }
        ModelVersion next = s.register(io.deepscalper.api.model.NewModelVersion.builder(
                io.deepscalper.registry.testing.TestModels.random(CrashSaver.LARGE, 2), CrashSaver.LARGE).build());
        assertThat(s.load(ModelRef.latest()).metadata().id()).isEqualTo(next.id());
    }

    /** Polls until a staging folder holds a partly written model.params, and returns its name. */
    private Optional<String> waitForPartialSave(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> staging = files.filter(p -> p.getFileName().toString().startsWith(".staging-"))
                        .filter(p -> Files.exists(p.resolve("model.params"))).findFirst();
                if (staging.isPresent()) {
                    child.destroyForcibly();
                    child.waitFor(60, TimeUnit.SECONDS);
                    if (Files.exists(staging.get())) {
                        return Optional.of(staging.get().getFileName().toString());
                    }
                }
            } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException raced) {
                // the folder was renamed while listing it; poll again
            }
            Thread.onSpinWait();
        }
        return Optional.empty();
    }
}
