package io.deepscalper.api.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a/b/state.json");
        AtomicFiles.write(file, bytes("old"));
        AtomicFiles.write(file, out -> out.write(bytes("new")));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(names(file.getParent())).containsExactly("state.json");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("state.json");
        AtomicFiles.write(file, bytes("old"));

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(bytes("half"));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("state.json");
    }

    @Test
    void theStandardTemporaryFileIsHiddenAndComplete() throws IOException {
        Path file = dir.resolve("run.json");
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicFiles.Replacement.standard()
                .withBeforeRename(temp -> seen.set(temp.getFileName() + "=" + Files.readString(temp)))
                .write(file, bytes("body"));

        assertThat(seen.get()).startsWith(".run.json.").endsWith(".tmp=body");
        assertThat(Files.readString(file)).isEqualTo("body");
    }

    @Test
    void aPrefixNamesTheTemporaryFileAndACrashBeforeTheRenameLeavesItBehind() throws IOException {
        Path file = dir.resolve("SPY_1m.dsbc");
        AtomicFiles.write(file, bytes("v1"));
        AtomicFiles.Replacement crashing = AtomicFiles.Replacement.standard().withTempPrefix(".tmp-")
                .withBeforeRename(temp -> {
                    throw new SimulatedCrash();
                });

        assertThatThrownBy(() -> crashing.write(file, bytes("v2"))).isInstanceOf(SimulatedCrash.class);

        assertThat(Files.readString(file)).isEqualTo("v1");
        List<String> names = names(dir);
        assertThat(names).hasSize(2).contains("SPY_1m.dsbc");
        String temp = names.get(0).equals("SPY_1m.dsbc") ? names.get(1) : names.get(0);
        assertThat(temp).startsWith(".tmp-SPY_1m.dsbc-");
        assertThat(Files.readString(dir.resolve(temp))).isEqualTo("v2");
    }

    @Test
    void anExceptionBeforeTheRenameDeletesTheMarkedTemporaryFile() throws IOException {
        Path file = dir.resolve("registry.json");
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicFiles.Replacement failing = AtomicFiles.Replacement.standard().withTempMarker(".tmp-")
                .requireAtomicRename("keep it local").withBeforeRename(temp -> {
                    seen.set(temp.getFileName().toString());
                    throw new IOException("aborted");
                });

        assertThatThrownBy(() -> failing.write(file, bytes("x"))).hasMessage("aborted");

        assertThat(seen.get()).startsWith("registry.json.tmp-");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void writeNewCreatesOnlyNewFiles() throws IOException {
        Path file = dir.resolve("model.params");
        assertThat(AtomicFiles.writeNew(file, bytes("abc"))).isEqualTo(3);
        assertThat(Files.readString(file)).isEqualTo("abc");

        assertThatThrownBy(() -> AtomicFiles.writeNew(file, bytes("again")))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> AtomicFiles.writeNew(file, out -> out.write(1)))
                .isInstanceOf(FileAlreadyExistsException.class);
        AtomicFiles.writeNew(dir.resolve("other"), out -> out.write(bytes("streamed")));
        assertThat(Files.readString(dir.resolve("other"))).isEqualTo("streamed");
        assertThat(Files.readString(file)).isEqualTo("abc");
    }

    @Test
    void moveReplacesTheTarget() throws IOException {
        Path from = dir.resolve("new");
        Path to = dir.resolve("live");
        Files.writeString(from, "fresh");
        Files.writeString(to, "stale");

        AtomicFiles.move(from, to);

        assertThat(Files.readString(to)).isEqualTo("fresh");
        assertThat(from).doesNotExist();
    }

    @Test
    void deleteTreeRemovesNestedFoldersAndIgnoresAMissingRoot() throws IOException {
        Path root = dir.resolve("staging");
        Files.createDirectories(root.resolve("x/y"));
        Files.writeString(root.resolve("x/y/f"), "1");
        Files.writeString(root.resolve("g"), "2");

        AtomicFiles.deleteTree(root);
        AtomicFiles.deleteTree(root);

        assertThat(root).doesNotExist();
        AtomicFiles.fsyncDirectory(dir.resolve("absent")); // best effort: must not throw
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void leftoversOfKilledWritersAreRemovedButFreshOnesAndOtherFilesStay() throws Exception {
        Path dir = Files.createDirectories(this.dir.resolve("leftovers"));
        Path old = Files.writeString(dir.resolve(".state.json.8812734.tmp"), "half");
        Path fresh = Files.writeString(dir.resolve(".config.json.99.tmp"), "being written");
        Path target = Files.writeString(dir.resolve("state.json"), "{}");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "user file");
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(old, hourAgo);
        Files.setLastModifiedTime(notOurs, hourAgo);

        assertThat(AtomicFiles.removeLeftovers(dir, java.time.Duration.ofMinutes(1))).containsExactly(old);
        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(target).hasContent("{}");
        assertThat(notOurs).exists();
        assertThat(AtomicFiles.removeLeftovers(dir.resolve("missing"), java.time.Duration.ZERO)).isEmpty();
    }
}
