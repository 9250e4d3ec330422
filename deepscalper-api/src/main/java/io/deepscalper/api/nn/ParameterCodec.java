package io.deepscalper.api.nn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.io.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Engine-neutral binary format for a {@link NetworkConfig} plus its {@link ParameterSet}
 * ({@code model.params}). Checkpoints and the model registry use it; any language can read it.
 *
 * <pre>
 * offset  size  content
 * 0       8     magic "DSPARAM1" (ASCII)
 * 8       4     header length H, int32 little-endian
 * 12      H     header, UTF-8 JSON: {"format":1,"network":{NetworkConfig},"tensors":[{"name":..,"shape":[..]}]}
 * 12+H    4*N   all tensors' float32 values, little-endian, row-major, in header order
 * end-32  32    SHA-256 of every byte before it
 * </pre>
 */
public final class ParameterCodec {
    /** Magic bytes at the start of every file. */
    public static final String MAGIC = "DSPARAM1";
    /** Version written in the header. */
    public static final int FORMAT_VERSION = 1;
    private static final int DIGEST_BYTES = 32;
    private static final ObjectMapper JSON = Json.mapper();

    private ParameterCodec() {
    }

    /**
     * A decoded file.
     *
     * @param config     the network shape
     * @param parameters its parameters in stored order
     */
    public record Snapshot(NetworkConfig config, ParameterSet parameters) {
    }

    /**
     * @param config     network shape (stored so a reader can rebuild the network)
     * @param parameters parameters to store
     * @return the encoded bytes
     */
    public static byte[] encode(NetworkConfig config, ParameterSet parameters) {
        new ParameterLayout(config).toFlat(parameters); // validates names and shapes against the config
        ObjectNode header = JSON.createObjectNode();
        header.put("format", FORMAT_VERSION);
        header.set("network", JSON.valueToTree(config));
        ArrayNode ts = header.putArray("tensors");
        for (NamedTensor t : parameters.tensors()) {
            ObjectNode n = ts.addObject();
            n.put("name", t.name());
            ArrayNode shape = n.putArray("shape");
            for (long d : t.shape()) {
                shape.add(d);
            }
        }
        byte[] headerBytes;
        try {
            headerBytes = JSON.writeValueAsBytes(header);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode parameter header", e);
        }
        long scalars = parameters.scalarCount();
        ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(8 + 4 + headerBytes.length + 4 * scalars + DIGEST_BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC.getBytes(StandardCharsets.US_ASCII));
        buf.putInt(headerBytes.length);
        buf.put(headerBytes);
        for (NamedTensor t : parameters.tensors()) {
            buf.asFloatBuffer().put(t.data());
            buf.position(buf.position() + 4 * t.data().length);
        }
        buf.put(sha256(buf.array(), buf.position()));
        return buf.array();
    }

    /**
     * @param bytes a complete file
     * @return the decoded config and parameters
     * @throws CorruptParameterFileException when the bytes are truncated, altered or not this format
     */
    public static Snapshot decode(byte[] bytes) {
        if (bytes.length < 8 + 4 + DIGEST_BYTES
                || !MAGIC.equals(new String(bytes, 0, 8, StandardCharsets.US_ASCII))) {
            throw new CorruptParameterFileException("not a deepscalper parameter file (expected magic " + MAGIC
                    + " and at least " + (8 + 4 + DIGEST_BYTES) + " bytes, got " + bytes.length + " bytes)");
        }
        byte[] expected = sha256(bytes, bytes.length - DIGEST_BYTES);
        byte[] stored = Arrays.copyOfRange(bytes, bytes.length - DIGEST_BYTES, bytes.length);
        if (!MessageDigest.isEqual(expected, stored)) {
            throw new CorruptParameterFileException("parameter file checksum mismatch: the file is truncated or was "
                    + "modified after it was written; restore it from a backup or retrain");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buf.position(8);
        int headerLength = buf.getInt();
        if (headerLength < 2 || 12L + headerLength > bytes.length - DIGEST_BYTES) {
            throw new CorruptParameterFileException("parameter file header length " + headerLength + " is invalid");
        }
        try {
            JsonNode header = JSON.readTree(new String(bytes, 12, headerLength, StandardCharsets.UTF_8));
            int format = header.path("format").asInt(-1);
            if (format != FORMAT_VERSION) {
                throw new CorruptParameterFileException("parameter file format " + format + " is not supported (this "
                        + "version reads format " + FORMAT_VERSION + "); upgrade deepscalper");
            }
            NetworkConfig config = JSON.treeToValue(header.get("network"), NetworkConfig.class);
            buf.position(12 + headerLength);
            List<NamedTensor> tensors = new ArrayList<>();
            for (JsonNode t : header.get("tensors")) {
                long[] shape = new long[t.get("shape").size()];
                long n = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = t.get("shape").get(i).asLong();
                    n *= shape[i];
                }
                if (n < 0 || buf.position() + 4 * n > bytes.length - DIGEST_BYTES) {
                    throw new CorruptParameterFileException("tensor " + t.get("name").asText() + " runs past the end");
                }
                float[] data = new float[Math.toIntExact(n)];
                buf.asFloatBuffer().get(data);
                buf.position(Math.toIntExact(buf.position() + 4 * n));
                tensors.add(new NamedTensor(t.get("name").asText(), shape, data));
            }
            if (buf.position() != bytes.length - DIGEST_BYTES) {
                throw new CorruptParameterFileException("parameter file has " + (bytes.length - DIGEST_BYTES
                        - buf.position()) + " unexpected bytes after the tensors");
            }
            ParameterSet parameters = new ParameterSet(tensors);
            new ParameterLayout(config).toFlat(parameters);
            return new Snapshot(config, parameters);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new CorruptParameterFileException("parameter file header is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Writes atomically (temp file, fsync, rename).
     *
     * @param file       target path
     * @param config     network shape
     * @param parameters parameters
     * @throws IOException when the file cannot be written; an existing file is left intact
     */
    public static void write(Path file, NetworkConfig config, ParameterSet parameters) throws IOException {
        AtomicFiles.write(file, encode(config, parameters));
    }

    /**
     * @param file a file written by {@link #write}
     * @return its config and parameters
     * @throws IOException                   when it cannot be read
     * @throws CorruptParameterFileException when its content is damaged
     */
    public static Snapshot read(Path file) throws IOException {
        try {
            return decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no parameter file here");
        } catch (CorruptParameterFileException e) {
            throw new CorruptParameterFileException(file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes, 0, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
