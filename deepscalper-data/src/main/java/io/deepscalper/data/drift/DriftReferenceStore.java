package io.deepscalper.data.drift;

import io.deepscalper.data.cache.BarCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the drift reference (the features of the data the active model was trained on) in one file,
 * replaced atomically, so it survives restarts. Little-endian format, version 1:
 * {@code "DSFR"}, int32 version, UTF-8 reference id (uint16 length + bytes), int32 feature count f,
 * int32 row count n, f names (uint16 length + UTF-8 each), f columns of n float32, then the CRC-32C of
 * everything before it as int64. A file failing the checks is ignored with a warning (no reference,
 * so no drift is reported until the next model is trained) and left in place for inspection.
 */
public final class DriftReferenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(DriftReferenceStore.class);
    private static final int MAGIC = 0x52465344; // "DSFR"
    private final Path file;

    /**
     * A stored reference.
     *
     * @param id       the model version it belongs to
     * @param features its feature columns
     */
    public record Reference(String id, FeatureTable features) {
    }

    /** @param file where the reference lives, e.g. {@code data_cache/drift_reference.dsfr} */
    public DriftReferenceStore(Path file) {
        this.file = file;
    }

    /** Atomically replaces the stored reference. */
    public void save(Reference reference) {
        byte[] id = reference.id().getBytes(StandardCharsets.UTF_8);
        List<byte[]> names = new ArrayList<>();
        int size = 4 + 4 + 2 + id.length + 4 + 4 + 8;
        for (String n : reference.features().names()) {
            byte[] b = n.getBytes(StandardCharsets.UTF_8);
            names.add(b);
            size += 2 + b.length;
        }
        int rows = reference.features().rows();
        size += 4 * rows * names.size();
        ByteBuffer buf = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(MAGIC).putInt(1).putShort((short) id.length).put(id).putInt(names.size()).putInt(rows);
        for (byte[] b : names) {
            buf.putShort((short) b.length).put(b);
        }
        for (float[] col : reference.features().columns()) {
            buf.asFloatBuffer().put(col);
            buf.position(buf.position() + 4 * rows);
        }
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), 0, buf.position());
        buf.putLong(crc.getValue());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // the reference normally lives in the cache directory, whose opening deletes crash leftovers
            BarCache.REPLACEMENT.write(file, buf.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store drift reference " + file.toAbsolutePath(), e);
        }
    }

    /** @return the stored reference, or empty when none is stored or the file is damaged */
    public Optional<Reference> load() {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read drift reference " + file.toAbsolutePath(), e);
        }
        try {
            if (data.length < 26) {
                throw new IllegalStateException("too short");
            }
            CRC32C crc = new CRC32C();
            crc.update(data, 0, data.length - 8);
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getLong(data.length - 8) != crc.getValue() || b.getInt() != MAGIC || b.getInt() != 1) {
                throw new IllegalStateException("checksum or header mismatch");
            }
            String id = string(b);
            int f = b.getInt();
            int rows = b.getInt();
            List<String> names = new ArrayList<>();
            for (int k = 0; k < f; k++) {
                names.add(string(b));
            }
            List<float[]> cols = new ArrayList<>();
            for (int k = 0; k < f; k++) {
                float[] c = new float[rows];
                b.asFloatBuffer().get(c);
                b.position(b.position() + 4 * rows);
                cols.add(c);
            }
            return Optional.of(new Reference(id, new FeatureTable(names, cols)));
        } catch (RuntimeException e) {
            LOG.warn("Drift reference {} is damaged ({}); ignoring it until the next model sets a new one",
                    file.toAbsolutePath(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String string(ByteBuffer b) {
        int len = Short.toUnsignedInt(b.getShort());
        byte[] s = new byte[len];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
