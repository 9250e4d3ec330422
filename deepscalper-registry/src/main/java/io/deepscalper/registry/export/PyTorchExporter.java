package io.deepscalper.registry.export;

import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.registry.params.CanonicalLayout;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The {@code pytorch} exporter: a {@code torch.save}-compatible state_dict ({@code .pt}) that
 * {@code torch.load} reads into the {@code DeepScalperQNet} module in {@code examples/python/}.
 *
 * <p>Layout, as PyTorch writes it: an uncompressed zip whose entries share one folder
 * ({@code archive/}): {@code data.pkl} (a protocol-2 pickle of an {@code OrderedDict} of
 * {@code torch._utils._rebuild_tensor_v2(storage, 0, size, stride, False, OrderedDict())} calls, each
 * storage a persistent id {@code ('storage', torch.FloatStorage, key, 'cpu', numel)}),
 * {@code data/<key>} (little-endian float32 storages, 64-byte aligned like PyTorch's writer so that
 * {@code torch.load(mmap=True)} works), {@code byteorder} ({@code little}) and {@code version} ({@code 3}).
 * Only globals on {@code torch.load(weights_only=True)}'s allow-list are used.
 */
public final class PyTorchExporter implements ModelExporter {
    /** The folder every zip entry lives in. */
    public static final String ARCHIVE = "archive";
    private static final int ALIGNMENT = 64;
    private static final int LOCAL_HEADER = 30;
    private static final int PADDING_EXTRA_ID = 0x4246; // "FB", the id PyTorch's writer uses for padding

    @Override
    public String name() {
        return "pytorch";
    }

    @Override
    public String fileSuffix() {
        return ".pt";
    }

    @Override
    public long export(LoadedModel model, Path target) throws IOException {
        ParameterSet p = CanonicalLayout.canonicalOrder(model.metadata().network(), model.parameters());
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Counting counting = new Counting(Channels.newOutputStream(ch));
            try (ZipOutputStream zip = new ZipOutputStream(counting)) {
                zip.setMethod(ZipOutputStream.STORED);
                store(zip, counting, "data.pkl", pickle(p.tensors()));
                List<NamedTensor> ts = p.tensors();
                for (int i = 0; i < ts.size(); i++) {
                    store(zip, counting, "data/" + i, littleEndian(ts.get(i).data()));
                }
                store(zip, counting, "byteorder", "little".getBytes(StandardCharsets.US_ASCII));
                store(zip, counting, "version", "3\n".getBytes(StandardCharsets.US_ASCII));
                zip.finish();
                counting.flush();
                ch.force(true);
            }
            return counting.count;
        }
    }

    /** @return the {@code data.pkl} bytes for these tensors; storage {@code i} is tensor {@code i} */
    static byte[] pickle(List<NamedTensor> tensors) {
        PickleWriter w = new PickleWriter().proto().emptyOrderedDict().mark();
        for (int i = 0; i < tensors.size(); i++) {
            NamedTensor t = tensors.get(i);
            w.string(t.name());
            w.global("torch._utils", "_rebuild_tensor_v2").mark();
            w.mark().string("storage").global("torch", "FloatStorage").string(Integer.toString(i)).string("cpu")
                    .integer(t.data().length).tuple().persistentId();
            w.integer(0).intTuple(t.shape()).intTuple(contiguousStrides(t.shape())).falseValue().emptyOrderedDict();
            w.tuple().reduce();
        }
        return w.setItems().stop();
    }

    static long[] contiguousStrides(long[] shape) {
        long[] stride = new long[shape.length];
        long s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            stride[i] = s;
            s *= shape[i];
        }
        return stride;
    }

    private static void store(ZipOutputStream zip, Counting counting, String name, byte[] data) throws IOException {
        String full = ARCHIVE + "/" + name;
        ZipEntry e = new ZipEntry(full);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        e.setTime(315532800000L); // 1980-01-01, the zip epoch: exports of one version are byte-identical
        long dataStart = counting.count + LOCAL_HEADER + full.getBytes(StandardCharsets.UTF_8).length + 4;
        int pad = (int) ((ALIGNMENT - dataStart % ALIGNMENT) % ALIGNMENT);
        byte[] extra = new byte[4 + pad];
        extra[0] = (byte) PADDING_EXTRA_ID;
        extra[1] = (byte) (PADDING_EXTRA_ID >>> 8);
        extra[2] = (byte) pad;
        extra[3] = (byte) (pad >>> 8);
        e.setExtra(extra);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static byte[] littleEndian(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    /** Counts bytes so that storage entries can be padded to 64-byte aligned data offsets. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
