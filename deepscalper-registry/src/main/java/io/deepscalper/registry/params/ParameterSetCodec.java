package io.deepscalper.registry.params;

import io.deepscalper.core.nn.NamedTensor;
import io.deepscalper.core.nn.ParameterSet;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code model.params} format: a self-describing little-endian float32 container, readable without
 * any engine.
 *
 * <pre>
 * magic "DSPARAMS" (8 bytes) | format u32 = 1 | count u32
 * per tensor: nameLength u16 | name UTF-8 | rank u8 | dims i64[rank] | values f32[product(dims)]
 * </pre>
 * Big-endian framing would be Java's default, but storages are little-endian like PyTorch's, so the
 * same bytes can be memory-mapped by other tools; the whole file is little-endian.
 */
public final class ParameterSetCodec {
    private static final byte[] MAGIC = "DSPARAMS".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int MAX_RANK = 8;

    private ParameterSetCodec() {
    }

    /** Writes {@code params} to {@code out} (not closed). */
    public static void write(ParameterSet params, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        d.write(MAGIC);
        writeInt(d, FORMAT);
        writeInt(d, params.size());
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (NamedTensor t : params.tensors()) {
            byte[] name = t.name().getBytes(StandardCharsets.UTF_8);
            d.writeByte(name.length & 0xff);
            d.writeByte(name.length >>> 8);
            d.write(name);
            d.writeByte(t.shape().length);
            for (long dim : t.shape()) {
                writeLong(d, dim);
            }
            float[] v = t.data();
            for (int i = 0; i < v.length; ) {
                chunk.clear();
                while (i < v.length && chunk.remaining() >= Float.BYTES) {
                    chunk.putFloat(v[i++]);
                }
                d.write(chunk.array(), 0, chunk.position());
            }
        }
        d.flush();
    }

    /**
     * Reads a parameter set.
     *
     * @throws IOException with a message naming the problem when the stream is not a complete params file
     */
    public static ParameterSet read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        byte[] magic = new byte[MAGIC.length];
        readFully(d, magic, "header");
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a deepscalper model.params file (bad magic)");
        }
        int format = readInt(d);
        if (format != FORMAT) {
            throw new IOException("model.params format " + format + " is not supported (this library reads "
                    + FORMAT + "); upgrade deepscalper");
        }
        int count = readInt(d);
        if (count < 0 || count > 10_000) {
            throw new IOException("model.params declares " + count + " tensors; the file is corrupt");
        }
        List<NamedTensor> tensors = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int len = d.readUnsignedByte() | (d.readUnsignedByte() << 8);
            byte[] name = new byte[len];
            readFully(d, name, "tensor name");
            int rank = d.readUnsignedByte();
            if (rank > MAX_RANK) {
                throw new IOException("tensor " + k + " declares rank " + rank + "; the file is corrupt");
            }
            long[] shape = new long[rank];
            long n = 1;
            for (int i = 0; i < rank; i++) {
                shape[i] = readLong(d);
                if (shape[i] < 0 || shape[i] > Integer.MAX_VALUE) {
                    throw new IOException("tensor " + k + " declares dimension " + shape[i] + "; the file is corrupt");
                }
                n *= shape[i];
                if (n > Integer.MAX_VALUE) {
                    throw new IOException("tensor " + k + " is too large (" + n + " values); the file is corrupt");
                }
            }
            byte[] raw = new byte[Math.toIntExact(n * Float.BYTES)];
            readFully(d, raw, "values of " + new String(name, StandardCharsets.UTF_8));
            float[] values = new float[(int) n];
            ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            tensors.add(new NamedTensor(new String(name, StandardCharsets.UTF_8), shape, values));
        }
        if (d.read() != -1) {
            throw new IOException("model.params has trailing bytes after " + count + " tensors; the file is corrupt");
        }
        return new ParameterSet(tensors);
    }

    private static void readFully(DataInputStream d, byte[] b, String what) throws IOException {
        try {
            d.readFully(b);
        } catch (EOFException e) {
            throw new IOException("model.params is truncated (in the " + what + ")", e);
        }
    }

    private static void writeInt(DataOutputStream d, int v) throws IOException {
        d.writeInt(Integer.reverseBytes(v));
    }

    private static void writeLong(DataOutputStream d, long v) throws IOException {
        d.writeLong(Long.reverseBytes(v));
    }

    private static int readInt(DataInputStream d) throws IOException {
        try {
            return Integer.reverseBytes(d.readInt());
        } catch (EOFException e) {
            throw new IOException("model.params is truncated", e);
        }
    }

    private static long readLong(DataInputStream d) throws IOException {
        try {
            return Long.reverseBytes(d.readLong());
        } catch (EOFException e) {
            throw new IOException("model.params is truncated", e);
        }
    }
}
