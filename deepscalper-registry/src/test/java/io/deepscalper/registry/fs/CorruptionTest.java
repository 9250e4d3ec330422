package io.deepscalper.registry.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.model.CorruptModelException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.registry.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tampered or partial version is refused with a clear message and quarantined; the registry keeps working. */
class CorruptionTest {
    @TempDir
    Path dir;

    private ModelStore store() {
        return new FileSystemModelRegistry().open(dir);
    }

    private static void flipByte(Path file, long at) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int i = (int) Math.min(at, b.length - 1);
        b[i] ^= 0x01;
        Files.write(file, b);
    }

    private Path params(ModelVersionId id) {
        return dir.resolve(id.value()).resolve("model.params");
    }

    @Test
    void aFlippedByteInModelParamsIsDetectedOnLoadAndQuarantined() throws Exception {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.0));
        s.activate(ModelRef.of(b.id()));
        flipByte(params(b.id()), Files.size(params(b.id())) / 2);

        assertThatThrownBy(() -> s.load(ModelRef.parse("active")))
                .isInstanceOf(CorruptModelException.class)
                .hasMessageContaining(b.id().value())
                .hasMessageContaining("model.params has SHA-256")
                .hasMessageContaining("quarantine")
                .hasMessageContaining("aliases cleared: [ACTIVE, CHAMPION]");
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(a.id());
        assertThat(dir.resolve(b.id().value())).doesNotExist();
        try (var q = Files.list(dir.resolve("quarantine"))) {
            assertThat(q.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith(b.id().value() + "-");
        }
        assertThat(s.history()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("quarantine");
            assertThat(e.version()).isEqualTo(b.id());
        });
        assertThat(s.load(ModelRef.of(a.id())).parameters()).isEqualTo(TestModels.random(TestModels.SMALL, 1));
        assertThat(s.register(TestModels.version(3, 1.0)).id()).isNotEqualTo(b.id());
    }

    @Test
    void aFlippedByteInModelParamsIsDetectedOnActivateAndTheActiveVersionStays() throws Exception {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.0));
        s.activate(ModelRef.of(a.id()));
        flipByte(params(b.id()), 100);

        assertThatThrownBy(() -> s.activate(ModelRef.of(b.id()))).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("model.params");
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, a.id());
        assertThatThrownBy(() -> s.forceActivate(ModelRef.of(b.id()), "try anyway"))
                .hasMessageContaining("no model version " + b.id());
        assertThat(s.load(ModelRef.parse("active")).metadata().id()).isEqualTo(a.id());
    }

    @Test
    void tamperedMetadataTruncatedOrMissingParamsAreAllRefused() throws Exception {
        ModelStore s = store();
        ModelVersion meta = s.register(TestModels.version(1, 1.0));
        ModelVersion truncated = s.register(TestModels.version(2, 1.0));
        ModelVersion missing = s.register(TestModels.version(3, 1.0));
        ModelVersion ok = s.register(TestModels.version(4, 1.0));
        Path m = dir.resolve(meta.id().value()).resolve("metadata.json");
        Files.writeString(m, Files.readString(m).replace("\"seed\" : 1", "\"seed\" : 2"));
        byte[] p = Files.readAllBytes(params(truncated.id()));
        Files.write(params(truncated.id()), java.util.Arrays.copyOf(p, p.length / 3));
        Files.delete(params(missing.id()));

        assertThatThrownBy(() -> s.metadata(ModelRef.of(meta.id()))).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("metadata.json");
        assertThatThrownBy(() -> s.load(ModelRef.of(truncated.id()))).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("model.params");
        assertThatThrownBy(() -> s.load(ModelRef.of(missing.id()))).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("model.params is missing");
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(ok.id());
    }

    @Test
    void cleanupFindsCorruptionNobodyLoadedYet() throws Exception {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.0));
        flipByte(params(a.id()), 40);
        CleanupReport r = s.cleanup();
        assertThat(r.quarantined()).containsExactly(a.id());
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(b.id());
        assertThat(s.cleanup().clean()).isTrue();
    }

    @Test
    void anUnreadableCatalogIsRebuiltFromTheVersionFolders() throws Exception {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.0));
        Files.writeString(dir.resolve("registry.json"), "{ not json");
        assertThatThrownBy(s::list).hasMessageContaining("not a valid registry catalog").hasMessageContaining("cleanup");
        CleanupReport r = s.cleanup();
        assertThat(r.adopted()).containsExactly(a.id(), b.id());
        assertThat(s.list()).extracting(ModelVersion::id).containsExactly(a.id(), b.id());
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anyMatch(n -> n.startsWith("registry.json.unreadable-"));
        }
        assertThat(s.load(ModelRef.of(b.id())).parameters()).isEqualTo(TestModels.random(TestModels.SMALL, 2));
        assertThat(List.of(s.history().get(0).action())).containsExactly("rebuild");
    }
}
