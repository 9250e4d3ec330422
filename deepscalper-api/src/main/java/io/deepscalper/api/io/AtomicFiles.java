package io.deepscalper.api.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.UUID;

/**
 * The project's one set of crash-safe file primitives. A replacement writes a temporary file next to the
 * target, fsyncs it, renames it over the target atomically, then fsyncs the folder so that the rename
 * itself survives a power loss: a reader sees either the old file or the complete new one, never a torn
 * write.
 *
 * <p>{@link #write(Path, byte[])} and {@link #write(Path, Writer)} use the {@linkplain Replacement#standard()
 * standard replacement}; a component that cleans up its own leftovers or must refuse a file system that
 * cannot rename atomically configures a {@link Replacement}. {@link #writeNew}, {@link #move},
 * {@link #fsyncDirectory} and {@link #deleteTree} are the building blocks of multi-file commits (a staging
 * folder renamed into place).
 */
public final class AtomicFiles {
    private static final int BUFFER_BYTES = 1 << 16;

    private AtomicFiles() {
    }

    /** Writes the body of a file through a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param out stream to write to; do not close it
         * @throws IOException on write failure
         */
        void write(OutputStream out) throws IOException;
    }

    /** Called between the fsync of the temporary file and the rename; tests use it to simulate a crash. */
    @FunctionalInterface
    public interface BeforeRename {
        /**
         * @param temp the fully written and synced temporary file
         * @throws IOException to abort the replacement
         */
        void run(Path temp) throws IOException;
    }

    /**
     * Replaces {@code target} with the given bytes atomically ({@linkplain Replacement#standard() standard
     * replacement}).
     *
     * @param target file to replace or create; missing parent folders are created
     * @param bytes  new content
     * @throws IOException when the file cannot be written; the old file is then left untouched
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Replacement.STANDARD.write(target, bytes);
    }

    /**
     * Replaces {@code target} with what {@code writer} produces, atomically ({@linkplain Replacement#standard()
     * standard replacement}).
     *
     * @param target file to replace or create; missing parent folders are created
     * @param writer produces the content
     * @throws IOException when the file cannot be written; the old file is then left untouched
     */
    public static void write(Path target, Writer writer) throws IOException {
        Replacement.STANDARD.write(target, writer);
    }

    /**
     * Creates a file that must not exist yet, writes it and fsyncs it. It is not placed atomically: use it
     * inside a staging folder that is renamed into place afterwards.
     *
     * @param target the new file
     * @param body   produces the content
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} exists
     * @throws IOException                               on write failure
     */
    public static void writeNew(Path target, Writer body) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(ch)) {
            body.write(out);
            out.flush();
            ch.force(true);
        }
    }

    /**
     * Creates a file that must not exist yet with the given bytes and fsyncs it; see {@link #writeNew(Path, Writer)}.
     *
     * @param target  the new file
     * @param content its content
     * @return the number of bytes written
     * @throws IOException on write failure, or when {@code target} exists
     */
    public static long writeNew(Path target, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        return content.length;
    }

    /**
     * Renames {@code from} to {@code to} atomically (replacing a file there), then fsyncs the parent folder.
     *
     * @param from the file to move
     * @param to   its new name
     * @throws IOException when the move fails or the file system cannot rename atomically
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.toAbsolutePath().getParent() + " cannot rename "
                    + "atomically; use a local file system", e);
        }
        fsyncDirectory(to.toAbsolutePath().getParent());
    }

    /**
     * Flushes a folder's entries (new names, renames) to disk. POSIX needs this for a rename to be durable;
     * where the platform cannot open a folder (Windows, whose NTFS journals renames itself) it is a no-op.
     *
     * @param dir the folder
     */
    public static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data files themselves were already forced to disk
        }
    }

    /**
     * Deletes a file or a folder tree if it exists; symbolic links are deleted, not followed.
     *
     * @param root the file or folder
     * @throws IOException when something cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes what killed writers of the {@linkplain Replacement#standard() standard replacement} left in
     * {@code dir} (its {@code .<name>.<random>.tmp} files, not those of sub-folders). Only files older than
     * {@code olderThan} go, so that a replacement another process is writing right now is left alone.
     *
     * @param dir       the folder; nothing happens when it does not exist
     * @param olderThan minimum age of a leftover, by its modification time
     * @return the deleted files
     * @throws IOException when the folder cannot be listed or a leftover cannot be deleted
     */
    public static java.util.List<Path> removeLeftovers(Path dir, java.time.Duration olderThan) throws IOException {
        java.util.List<Path> removed = new java.util.ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        long cutoff = System.currentTimeMillis() - olderThan.toMillis();
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (LEFTOVER.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p,
                        LinkOption.NOFOLLOW_LINKS) && Files.getLastModifiedTime(p).toMillis() <= cutoff) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        }
        return removed;
    }

    /** Names {@link Files#createTempFile} gives the standard replacement's temporary files. */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile("^\\..+\\.[0-9]+\\.tmp$");

    /**
     * How a file is replaced: how its temporary sibling is named, whether a file system without atomic
     * rename is refused, and a hook before the rename. Immutable and thread-safe; the {@code with...}
     * methods return a changed copy.
     *
     * <p>The steps are always: create the temporary file (missing parent folders first), write it, fsync
     * it, run the hook, rename it over the target, fsync the folder. When a step fails with an exception the
     * temporary file is deleted and the target is untouched; an {@link Error} (the JVM itself failing, or a
     * test simulating a crash) leaves the temporary file behind, as a crash would, for the owner of the
     * folder to clean up.
     */
    public static final class Replacement {
        private static final Replacement STANDARD = new Replacement(TempNaming.HIDDEN, null, temp -> { });

        private final TempNaming naming;
        private final String nonAtomicAdvice;
        private final BeforeRename beforeRename;

        private Replacement(TempNaming naming, String nonAtomicAdvice, BeforeRename beforeRename) {
            this.naming = naming;
            this.nonAtomicAdvice = nonAtomicAdvice;
            this.beforeRename = beforeRename;
        }

        /**
         * The standard replacement: the temporary file is {@code .<name>.<random>.tmp}, created readable by
         * the owner only (like {@link Files#createTempFile}), and on a file system that cannot rename
         * atomically the file is replaced by a plain rename rather than not at all.
         *
         * @return the standard replacement
         */
        public static Replacement standard() {
            return STANDARD;
        }

        /**
         * @param prefix start of every temporary file's name: {@code <prefix><name>-<uuid>}, so that the
         *               owner of the folder can recognise and delete leftovers of a crash
         * @return a copy naming its temporary files so
         */
        public Replacement withTempPrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            TempNaming prefixed = (dir, name) -> Files.createFile(dir.resolve(prefix + name + "-" + UUID.randomUUID()));
            return new Replacement(prefixed, nonAtomicAdvice, beforeRename);
        }

        /**
         * @param marker put between the target's name and a random part: {@code <name><marker><uuid>}, so
         *               that leftovers of a crash sort next to the file they belong to
         * @return a copy naming its temporary files so
         */
        public Replacement withTempMarker(String marker) {
            Objects.requireNonNull(marker, "marker");
            TempNaming marked = (dir, name) -> Files.createFile(dir.resolve(name + marker + UUID.randomUUID()));
            return new Replacement(marked, nonAtomicAdvice, beforeRename);
        }

        /**
         * @param advice what the user should do, appended to the error, e.g. "keep the registry on a local
         *               file system"
         * @return a copy that fails with an {@link IOException} instead of falling back to a non-atomic rename
         */
        public Replacement requireAtomicRename(String advice) {
            return new Replacement(naming, Objects.requireNonNull(advice, "advice"), beforeRename);
        }

        /**
         * @param hook called once the temporary file is written and synced, just before the rename
         * @return a copy calling {@code hook}
         */
        public Replacement withBeforeRename(BeforeRename hook) {
            return new Replacement(naming, nonAtomicAdvice, Objects.requireNonNull(hook, "hook"));
        }

        /**
         * Replaces {@code target} with the given bytes atomically.
         *
         * @param target file to replace or create
         * @param bytes  new content
         * @throws IOException when the file cannot be written; the old file is then left untouched
         */
        public void write(Path target, byte[] bytes) throws IOException {
            write(target, out -> out.write(bytes));
        }

        /**
         * Replaces {@code target} with what {@code writer} produces, atomically.
         *
         * @param target file to replace or create
         * @param writer produces the content
         * @throws IOException when the file cannot be written; the old file is then left untouched
         */
        public void write(Path target, Writer writer) throws IOException {
            Path abs = target.toAbsolutePath();
            Path dir = abs.getParent();
            Files.createDirectories(dir);
            Path temp = naming.create(dir, abs.getFileName().toString());
            try {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER_BYTES);
                    writer.write(out);
                    out.flush();
                    ch.force(true);
                }
                beforeRename.run(temp);
                rename(temp, abs);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            fsyncDirectory(dir);
        }

        private void rename(Path temp, Path target) throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                if (nonAtomicAdvice != null) {
                    throw new IOException("the file system of " + target.getParent() + " cannot rename atomically; "
                            + nonAtomicAdvice, e);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Creates the empty temporary sibling of a target under a fresh name (never reusing an existing file). */
    @FunctionalInterface
    private interface TempNaming {
        TempNaming HIDDEN = (dir, name) -> Files.createTempFile(dir, "." + name + ".", ".tmp");

        Path create(Path dir, String targetName) throws IOException;
    }
}
