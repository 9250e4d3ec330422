package io.deepscalper.registry.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.CorruptModelException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.RetentionResult;
import io.deepscalper.registry.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Former champions: retention keeps every version that was ever active unless told otherwise (issue 15.7),
 * and a quarantined active version hands over to the previous verified active one (issue 19.7).
 */
class FormerChampionsTest {
    @TempDir
    Path dir;

    private ModelStore store() {
        return new FileSystemModelRegistry().open(dir);
    }

    @Test
    void retentionKeepsEveryVersionThatWasEverActiveByDefault() {
        ModelStore s = store();
        ModelVersion first = s.register(TestModels.version(1, 1.0));
        ModelVersion second = s.register(TestModels.version(2, 1.0));
        ModelVersion third = s.register(TestModels.version(3, 1.0));
        for (int i = 4; i <= 8; i++) {
            s.register(TestModels.version(i, 1.0));
        }
        s.activate(ModelRef.of(first.id()));
        s.activate(ModelRef.of(second.id()));
        s.activate(ModelRef.of(third.id()));

        RetentionResult kept = s.retain(RetentionPolicy.keep(2));
        // first is neither active nor the rollback target (second is); it stays because it was once champion
        assertThat(kept.kept()).contains(first.id(), second.id(), third.id());
        assertThat(s.list()).extracting(ModelVersion::id).contains(first.id());
        assertThat(s.load(ModelRef.of(first.id())).metadata().id()).isEqualTo(first.id());

        RetentionResult optedOut = s.retain(RetentionPolicy.keep(2).allowDeletingFormerChampions());
        assertThat(optedOut.deleted()).contains(first.id()).doesNotContain(second.id(), third.id());
        assertThat(s.rollback("previous champion is still there").id()).isEqualTo(second.id());
    }

    @Test
    void aQuarantinedActiveVersionFallsBackToThePreviousVerifiedActiveOne() throws Exception {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.0));
        ModelVersion c = s.register(TestModels.version(3, 1.0));
        s.activate(ModelRef.of(a.id()));
        s.activate(ModelRef.of(b.id()));
        s.activate(ModelRef.of(c.id()));
        // b, the rollback target, is damaged as well: the fallback must skip it and reach a
        flip(b);
        flip(c);

        assertThatThrownBy(() -> s.load(ModelRef.parse("active"))).isInstanceOf(CorruptModelException.class)
                .hasMessageContaining("quarantine").hasMessageContaining("version " + a.id() + " (the previous "
                        + "active one) is active again");
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, a.id()).containsEntry(Alias.CHAMPION, a.id());
        assertThat(s.load(ModelRef.parse("active")).metadata().id()).isEqualTo(a.id());
        assertThat(s.history()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("fallback");
            assertThat(e.version()).isEqualTo(a.id());
        });
    }

    @Test
    void cleanupFallsBackTooWhenItQuarantinesTheActiveVersion() throws Exception {
        ModelStore s = store();
        ModelVersion a = s.register(TestModels.version(1, 1.0));
        ModelVersion b = s.register(TestModels.version(2, 1.0));
        s.activate(ModelRef.of(a.id()));
        s.activate(ModelRef.of(b.id()));
        flip(b);
        assertThat(s.cleanup().quarantined()).containsExactly(b.id());
        assertThat(s.aliases()).containsEntry(Alias.ACTIVE, a.id()).containsEntry(Alias.CHAMPION, a.id());
    }

    private void flip(ModelVersion v) throws Exception {
        Path p = dir.resolve(v.id().value()).resolve("model.params");
        byte[] bytes = Files.readAllBytes(p);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(p, bytes);
    }
}
