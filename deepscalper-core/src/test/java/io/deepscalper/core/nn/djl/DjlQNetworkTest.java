package io.deepscalper.core.nn.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.api.testing.ReferenceForward;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DjlQNetworkTest {
    private static final NetworkConfig SMALL = new NetworkConfig(13, List.of(16, 12), 10, 6, 5, 3);

    private static float[] randomInputs(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    @Test
    void forwardMatchesAPlainJavaReferenceOfTheDocumentedArchitecture() {
        try (DjlQNetwork net = DjlQNetwork.create(SMALL, 7, 1)) {
            ParameterSet p = net.parameters();
            assertThat(p).isEqualTo(ParameterInit.kaimingUniform(SMALL, 7));
            int batch = 4;
            float[] x = randomInputs(batch * 13, 1);
            QOutputs out = net.forward(x, batch);
            for (int b = 0; b < batch; b++) {
                float[] row = java.util.Arrays.copyOfRange(x, b * 13, b * 13 + 13);
                float[][] ref = ReferenceForward.forward(SMALL, p, row);
                for (int i = 0; i < 5; i++) {
                    assertThat(out.priceQ()[b * 5 + i]).isCloseTo(ref[0][i], within(1e-5f));
                }
                for (int i = 0; i < 3; i++) {
                    assertThat(out.quantityQ()[b * 3 + i]).isCloseTo(ref[1][i], within(1e-5f));
                }
                assertThat(out.value()[b]).isCloseTo(ref[2][0], within(1e-5f));
                assertThat(out.aux()[b]).isCloseTo(ref[3][0], within(1e-5f));
                int packed = net.act(row);
                assertThat(QNetwork.priceBin(packed, 3)).isEqualTo(argmax(ref[0]));
                assertThat(QNetwork.quantityBin(packed, 3)).isEqualTo(argmax(ref[1]));
            }
        }
    }

    @Test
    void setParametersReplacesEveryLayerAndIsSeenByTheForwardPass() {
        try (DjlQNetwork a = DjlQNetwork.create(SMALL, 1, 1); DjlQNetwork b = DjlQNetwork.create(SMALL, 2, 1)) {
            float[] x = randomInputs(2 * 13, 3);
            assertThat(a.forward(x, 2).priceQ()).isNotEqualTo(b.forward(x, 2).priceQ());
            a.setParameters(b.parameters());
            assertThat(a.parameters()).isEqualTo(b.parameters());
            assertThat(a.forward(x, 2).priceQ()).isEqualTo(b.forward(x, 2).priceQ());
            assertThat(a.forward(x, 2).aux()).isEqualTo(b.forward(x, 2).aux());
        }
    }

    @Test
    void wrongParametersAndInputsGiveSpecificMessages() {
        try (DjlQNetwork net = DjlQNetwork.create(SMALL, 1, 1)) {
            List<NamedTensor> ts = new ArrayList<>(net.parameters().tensors());
            ts.remove(ts.size() - 1);
            assertThatThrownBy(() -> net.setParameters(new ParameterSet(ts))).hasMessageContaining("aux.1.bias")
                    .hasMessageContaining("missing");
            assertThatThrownBy(() -> net.act(new float[12])).hasMessageContaining("inputSize 13");
            assertThatThrownBy(() -> net.forward(new float[25], 2)).hasMessageContaining("26");
        }
    }

    @Test
    void activationsReportEveryHiddenLayerAfterReLU() {
        try (DjlQNetwork net = DjlQNetwork.create(SMALL, 5, 1)) {
            Map<String, float[]> acts = net.activations(randomInputs(3 * 13, 9), 3);
            assertThat(acts.keySet()).containsExactly("trunk.0", "trunk.1", "value.0", "price.0", "quantity.0", "aux.0");
            assertThat(acts.get("trunk.0")).hasSize(3 * 16);
            assertThat(acts.get("aux.0")).hasSize(3 * 6);
            for (float[] a : acts.values()) {
                for (float f : a) {
                    assertThat(f).isGreaterThanOrEqualTo(0f);
                }
            }
        }
    }

    @Test
    void theOriginalNetworkHas709kParametersAndActsOnAFullObservation() {
        NetworkConfig original = NetworkConfig.defaults(1323);
        try (DjlQNetwork net = DjlQNetwork.create(original, 11, 2)) {
            assertThat(net.parameters().scalarCount()).isEqualTo(original.parameterCount()).isBetween(700_000L, 720_000L);
            int a = net.act(randomInputs(1323, 2));
            assertThat(a).isBetween(0, 21 * 11 - 1);
        }
    }

    @Test
    void missingNativesMessageNamesTheArtifactToAdd() {
        assertThat(DjlEngine.missingNativesMessage(new UnsatisfiedLinkError("no torch")))
                .contains("ai.djl.pytorch:pytorch-native-cpu:2.7.1:" + DjlEngine.classifier())
                .contains("ai.djl.offline=true");
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
