package io.deepscalper.registry.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the {@code pytorch} export with the real {@code torch.load} into {@code examples/python/}'s module
 * and compares its outputs with DJL's within 1e-5. Skipped, with a message, where PyTorch for Python is
 * not installed.
 */
@Tag("integration")
class PyTorchTorchLoadTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "python").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void torchLoadGivesTheSameOutputsAsDjl() throws Exception {
        Assumptions.assumeTrue(torchAvailable(), "python3 with torch is not installed here "
                + "(`python3 -c 'import torch'` failed); skipping the torch.load comparison");
        LoadedModel m = PyTorchExportTest.model(8);
        Path pt = dir.resolve("model.pt");
        new PyTorchExporter().export(m, pt);
        int batch = 5;
        int n = m.metadata().network().inputSize();
        float[] x = new float[batch * n];
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        Path obs = dir.resolve("obs.f32");
        Path out = dir.resolve("out.f32");
        Files.write(obs, toBytes(x));
        Process p = new ProcessBuilder("python3", EXAMPLES.resolve("check_export.py").toString(), pt.toString(),
                obs.toString(), Integer.toString(batch), out.toString())
                .directory(EXAMPLES.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        float[] torch = fromBytes(Files.readAllBytes(out));
        try (DjlQNetwork djl = DjlQNetwork.of(m.metadata().network(), m.parameters(), 1)) {
            QOutputs o = djl.forward(x, batch);
            float[] expected = concat(o.priceQ(), o.quantityQ(), o.value(), o.aux());
            assertThat(torch).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat((double) torch[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-5));
            }
        }
    }

    static boolean torchAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import torch, numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] fromBytes(byte[] raw) {
        float[] v = new float[raw.length / 4];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    private static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int pos = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }
}
