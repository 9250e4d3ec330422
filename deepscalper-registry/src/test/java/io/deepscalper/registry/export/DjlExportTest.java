package io.deepscalper.registry.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.api.testing.ReferenceForward;
import io.deepscalper.registry.fs.FileSystemModelRegistry;
import io.deepscalper.registry.testing.ChildJvm;
import io.deepscalper.registry.testing.TestModels;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code djl} export loads through our API in a fresh JVM and computes what the registered version computes. */
@Tag("integration")
class DjlExportTest {
    @TempDir
    Path dir;

    @Test
    void freshJvmLoadsTheExportAndMatchesTheReferenceForward() throws Exception {
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        store.register(TestModels.version(21, 1.0));
        Path export = store.export(ModelRef.latest(), "djl", dir.resolve("export"), false).path();
        assertThat(export.resolve("model.params")).isRegularFile();
        assertThat(export.resolve("network.json")).isRegularFile();
        assertThat(export.resolve("metadata.json")).isRegularFile();

        int batch = 3;
        int n = TestModels.SMALL.inputSize();
        float[] x = new float[batch * n];
        SplittableRandom rnd = new SplittableRandom(4);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        ByteBuffer obs = ByteBuffer.allocate(x.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        obs.asFloatBuffer().put(x);
        Files.write(dir.resolve("obs.f32"), obs.array());
        Path log = dir.resolve("child.log");
        Process child = ChildJvm.start(DjlExportChild.class, log, export.toString(), dir.resolve("obs.f32").toString(),
                Integer.toString(batch), dir.resolve("out.f32").toString());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(() -> readQuietly(log)).isZero();

        byte[] raw = Files.readAllBytes(dir.resolve("out.f32"));
        float[] got = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(got);
        ParameterSet p = store.load(ModelRef.latest()).parameters();
        int bins = TestModels.SMALL.priceBins() + TestModels.SMALL.quantityBins() + 2;
        assertThat(got).hasSize(batch * bins);
        for (int b = 0; b < batch; b++) {
            float[][] ref = ReferenceForward.forward(TestModels.SMALL, p, java.util.Arrays.copyOfRange(x, b * n, (b + 1) * n));
            QOutputs o = split(got, batch);
            for (int i = 0; i < ref[0].length; i++) {
                assertThat((double) o.priceQ()[b * ref[0].length + i]).isCloseTo(ref[0][i], within());
            }
            for (int i = 0; i < ref[1].length; i++) {
                assertThat((double) o.quantityQ()[b * ref[1].length + i]).isCloseTo(ref[1][i], within());
            }
            assertThat((double) o.value()[b]).isCloseTo(ref[2][0], within());
            assertThat((double) o.aux()[b]).isCloseTo(ref[3][0], within());
        }
    }

    @Test
    void anEditedExportIsRefused() throws Exception {
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        store.register(TestModels.version(22, 1.0));
        Path export = store.export(ModelRef.latest(), "djl", dir.resolve("export"), false).path();
        Files.writeString(export.resolve("network.json"), Files.readString(export.resolve("network.json"))
                .replace("\"headHidden\" : 8", "\"headHidden\" : 9"));
        assertThatThrownBy(() -> DjlModelLoader.load(export, 1)).hasMessageContaining("was edited");
    }

    private static QOutputs split(float[] all, int batch) {
        int p = TestModels.SMALL.priceBins() * batch;
        int q = TestModels.SMALL.quantityBins() * batch;
        return new QOutputs(batch, java.util.Arrays.copyOfRange(all, 0, p), java.util.Arrays.copyOfRange(all, p, p + q),
                java.util.Arrays.copyOfRange(all, p + q, p + q + batch),
                java.util.Arrays.copyOfRange(all, p + q + batch, p + q + 2 * batch));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-5);
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no child log: " + e.getMessage() + ")";
        }
    }
}
