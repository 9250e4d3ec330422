package io.deepscalper.registry.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl;
import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.api.testing.ReferenceForward;
import io.deepscalper.core.env.Observations;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.registry.fs.FileSystemModelRegistry;
import io.deepscalper.registry.onnx.OnnxInference;
import io.deepscalper.registry.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ONNX export is run in ONNX Runtime and compared with the DJL forward pass (and the plain-Java
 * reference) within 1e-5, on random observations and on real ones built from the bundled SPY data.
 */
class OnnxExportTest {
    private static final double TOLERANCE = 1e-5;
    private static final int LOOKBACK = 120;
    private static final NetworkConfig DEFAULT =
            NetworkConfig.defaults(Observations.size(FeatureMatrix.FEATURE_COUNT, LOOKBACK));

    @TempDir
    static Path dir;
    private static ParameterSet params;
    private static DjlQNetwork djl;
    private static OnnxInference onnx;
    private static Path exported;

    @BeforeAll
    static void exportTheDefaultNetworkThroughTheRegistry() {
        params = ParameterInit.kaimingUniform(DEFAULT, 7);
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        store.register(NewModelVersion.builder(params, DEFAULT).seed(7).build());
        exported = store.export(ModelRef.latest(), "onnx", dir.resolve("model.onnx"), false).path();
        djl = DjlQNetwork.of(DEFAULT, params, 2);
        onnx = OnnxInference.open(exported, DEFAULT, 2);
    }

    @AfterAll
    static void close() {
        djl.close();
        onnx.close();
    }

    @Test
    void graphIsOpset13WithADynamicBatchAndTheDocumentedOperators() throws Exception {
        OnnxMl.ModelProto m = OnnxMl.ModelProto.parseFrom(Files.readAllBytes(exported));
        assertThat(m.getOpsetImport(0).getVersion()).isEqualTo(13);
        assertThat(m.getGraph().getInput(0).getType().getTensorType().getShape().getDim(0).getDimParam())
                .isEqualTo("batch");
        assertThat(m.getGraph().getOutputList()).extracting(OnnxMl.ValueInfoProto::getName)
                .containsExactly("price_q", "quantity_q", "value", "aux");
        assertThat(m.getGraph().getNodeList().stream().map(OnnxMl.NodeProto::getOpType).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Gemm", "Relu", "ReduceMean", "Sub", "Add", "Identity");
        assertThat(m.getGraph().getInitializerList()).extracting(OnnxMl.TensorProto::getName)
                .containsExactlyElementsOf(params.names());
        Map<String, String> props = m.getMetadataPropsList().stream()
                .collect(Collectors.toMap(OnnxMl.StringStringEntryProto::getKey, OnnxMl.StringStringEntryProto::getValue));
        assertThat(props).containsEntry("deepscalper.seed", "7").containsKey("deepscalper.version_id");
    }

    @Test
    void matchesDjlOnRandomObservations() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int batch : new int[] {1, 7, 64}) {
            float[] x = new float[batch * DEFAULT.inputSize()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (rnd.nextGaussian() * 2);
            }
            assertClose(onnx.forward(x, batch), djl.forward(x, batch));
        }
    }

    @Test
    void matchesDjlAndTheActionOnRealSpyObservations() {
        SessionSeries spy = BundledData.spyJanuary2011();
        FeatureMatrix f = FeatureMatrix.compute(spy);
        int batch = 96;
        int n = DEFAULT.inputSize();
        float[] x = new float[batch * n];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int b = 0; b < batch; b++) {
            int bar = rnd.nextInt(f.rows());
            Observations.write(f, bar, LOOKBACK, (float) rnd.nextDouble(-1, 1), (float) rnd.nextDouble(0, 1.5),
                    (float) rnd.nextDouble(), x, b * n);
        }
        assertClose(onnx.forward(x, batch), djl.forward(x, batch));
        for (int b = 0; b < batch; b += 8) {
            float[] one = java.util.Arrays.copyOfRange(x, b * n, (b + 1) * n);
            assertThat(onnx.act(one)).isEqualTo(djl.act(one));
        }
    }

    @Test
    void smallNetworkMatchesThePlainJavaReference() {
        NetworkConfig c = TestModels.SMALL;
        ParameterSet p = TestModels.random(c, 5);
        try (OnnxInference small = OnnxInference.open(OnnxModelBuilder.build(c, p, Map.of()), c, 1)) {
            SplittableRandom rnd = new SplittableRandom(9);
            float[] x = new float[c.inputSize()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rnd.nextGaussian();
            }
            float[][] ref = ReferenceForward.forward(c, p, x);
            QOutputs o = small.forward(x, 1);
            assertArrayClose(o.priceQ(), ref[0]);
            assertArrayClose(o.quantityQ(), ref[1]);
            assertArrayClose(o.value(), ref[2]);
            assertArrayClose(o.aux(), ref[3]);
            int packed = small.act(x);
            assertThat(QNetwork.priceBin(packed, c.quantityBins())).isEqualTo(argmax(ref[0]));
            assertThat(QNetwork.quantityBin(packed, c.quantityBins())).isEqualTo(argmax(ref[1]));
        }
    }

    @Test
    void openingWithAnotherNetworkConfigFailsWithBothShapes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> OnnxInference.open(exported, DEFAULT.withInputSize(DEFAULT.inputSize() + 1), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("observation").hasMessageContaining("[-1, " + DEFAULT.inputSize() + "]");
    }

    private static void assertClose(QOutputs a, QOutputs b) {
        assertArrayClose(a.priceQ(), b.priceQ());
        assertArrayClose(a.quantityQ(), b.quantityQ());
        assertArrayClose(a.value(), b.value());
        assertArrayClose(a.aux(), b.aux());
    }

    private static void assertArrayClose(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        assertThat(worst).as("max |onnx - reference| over %d values", a.length).isLessThanOrEqualTo(TOLERANCE);
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
