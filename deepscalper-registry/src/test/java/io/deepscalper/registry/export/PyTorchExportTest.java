package io.deepscalper.registry.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.TrainingKind;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.registry.export.MiniUnpickler.Call;
import io.deepscalper.registry.export.MiniUnpickler.Global;
import io.deepscalper.registry.export.MiniUnpickler.PersistentId;
import io.deepscalper.registry.testing.TestModels;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip and pickle structure of the {@code pytorch} export, checked entry by entry and opcode by opcode. */
class PyTorchExportTest {
    @TempDir
    Path dir;

    static LoadedModel model(long seed) {
        ParameterSet p = TestModels.random(TestModels.SMALL, seed);
        ModelMetadata m = new ModelMetadata(ModelMetadata.FORMAT_VERSION, ModelVersionId.parse("v_20260102_153007"),
                Instant.parse("2026-01-02T15:30:07Z"), "test", TrainingKind.FULL, null, TestModels.SMALL, null, null,
                seed, 10, Map.of(), null, Map.of("model.params", "0".repeat(64)));
        return new LoadedModel(m, p);
    }

    @Test
    void zipHoldsTheRecordsTorchLoadReadsWithAlignedStoredStorages() throws Exception {
        LoadedModel m = model(3);
        Path pt = dir.resolve("model.pt");
        long bytes = new PyTorchExporter().export(m, pt);
        assertThat(Files.size(pt)).isEqualTo(bytes);

        List<NamedTensor> tensors = m.parameters().tensors();
        try (ZipFile zip = new ZipFile(pt.toFile())) {
            List<String> names = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                names.add(e.getName());
                assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED);
            }
            List<String> expected = new ArrayList<>(List.of("archive/data.pkl"));
            for (int i = 0; i < tensors.size(); i++) {
                expected.add("archive/data/" + i);
            }
            expected.addAll(List.of("archive/byteorder", "archive/version"));
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(zip.getInputStream(zip.getEntry("archive/byteorder")).readAllBytes()).asString()
                    .isEqualTo("little");
            assertThat(zip.getInputStream(zip.getEntry("archive/version")).readAllBytes()).asString()
                    .isEqualTo("3\n");
            for (int i = 0; i < tensors.size(); i++) {
                byte[] raw = zip.getInputStream(zip.getEntry("archive/data/" + i)).readAllBytes();
                float[] values = new float[raw.length / 4];
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
                assertThat(values).as(tensors.get(i).name()).containsExactly(tensors.get(i).data());
            }
        }
        assertStoragesAligned(Files.readAllBytes(pt), tensors.size());
    }

    @Test
    void pickleIsAnOrderedDictOfRebuildTensorV2CallsOverFloatStorages() throws Exception {
        List<NamedTensor> tensors = model(4).parameters().tensors();
        Object root = MiniUnpickler.load(PyTorchExporter.pickle(tensors));
        assertThat(root).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) root;
        assertThat(dict.keySet()).containsExactlyElementsOf(tensors.stream().map(NamedTensor::name).toList());
        for (int i = 0; i < tensors.size(); i++) {
            NamedTensor t = tensors.get(i);
            Call call = (Call) dict.get(t.name());
            assertThat(call.callable()).isEqualTo(new Global("torch._utils", "_rebuild_tensor_v2"));
            List<Object> args = call.args();
            assertThat(args).hasSize(6);
            PersistentId storage = (PersistentId) args.get(0);
            assertThat(storage.id()).containsExactly("storage", new Global("torch", "FloatStorage"),
                    Integer.toString(i), "cpu", (long) t.data().length);
            assertThat(args.get(1)).isEqualTo(0L);
            assertThat(args.get(2)).isEqualTo(Arrays.stream(t.shape()).boxed().toList());
            long[] stride = t.shape().length == 2 ? new long[] {t.shape()[1], 1} : new long[] {1};
            assertThat(args.get(3)).isEqualTo(Arrays.stream(stride).boxed().toList());
            assertThat(args.get(4)).isEqualTo(Boolean.FALSE);
            assertThat(args.get(5)).isEqualTo(Map.of());
        }
    }

    @Test
    void exportsOfOneVersionAreByteIdentical() throws Exception {
        new PyTorchExporter().export(model(5), dir.resolve("a.pt"));
        new PyTorchExporter().export(model(5), dir.resolve("b.pt"));
        assertThat(Files.readAllBytes(dir.resolve("a.pt"))).isEqualTo(Files.readAllBytes(dir.resolve("b.pt")));
    }

    /** Walks the local file headers: each {@code data/N} payload must start on a 64-byte boundary. */
    private static void assertStoragesAligned(byte[] zip, int storages) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 0;
        int seen = 0;
        while (b.getInt(pos) == 0x04034b50) {
            int size = b.getInt(pos + 18);
            int nameLen = b.getShort(pos + 26) & 0xffff;
            int extraLen = b.getShort(pos + 28) & 0xffff;
            String name = new String(zip, pos + 30, nameLen, java.nio.charset.StandardCharsets.UTF_8);
            int data = pos + 30 + nameLen + extraLen;
            if (name.startsWith("archive/data/")) {
                assertThat(data % 64).as(name + " data offset").isZero();
                seen++;
            }
            pos = data + size;
        }
        assertThat(seen).isEqualTo(storages);
    }
}
