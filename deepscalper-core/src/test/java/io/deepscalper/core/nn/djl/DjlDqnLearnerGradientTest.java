package io.deepscalper.core.nn.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterLayout;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.testing.ReferenceForward;
import io.deepscalper.core.dqn.TdLoss;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.replay.ReplayBatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learner computes the loss and its output gradient in Java and runs the heads' output layers as one
 * block-diagonal product. This checks the result against the documented loss written naively: a plain-Java
 * forward pass for the targets, and per-parameter DJL autograd (separate heads, the loss as engine operations)
 * for the gradients.
 */
class DjlDqnLearnerGradientTest {
    private static final NetworkConfig NET = new NetworkConfig(9, List.of(32, 32), 24, 8, 5, 3);
    private static final int BATCH = 16;

    @ParameterizedTest(name = "{0}, doubleDqn={1}")
    @CsvSource({"HUBER, true", "HUBER, false", "HALF_SQUARED, true"})
    void lossTdErrorsAndEveryGradientMatchAnAutogradReferenceOfTheDocumentedLoss(TdLoss tdLoss, boolean doubleDqn) {
        TrainConfig config = TrainConfig.builder().batchSize(BATCH).bufferCapacity(64).gamma(0.9).tdLoss(tdLoss)
                .doubleDqn(doubleDqn).auxWeight(0.3).threads(1).trunkSizes(NET.trunkSizes()).headHidden(24)
                .auxHidden(8).build();
        ReplayBatch b = batch();
        try (DjlQNetwork net = DjlQNetwork.create(NET, 21, 1);
             DjlQNetwork other = DjlQNetwork.create(NET, 22, 1);
             DjlDqnLearner learner = new DjlDqnLearner(config, net)) {
            ParameterSet online = net.parameters();
            ParameterSet target = other.parameters();
            int size = net.layout().size();
            learner.restore(other.flatValues(), new float[size], new float[size], 0);
            UpdateStats stats = new UpdateStats(online.tensors().size(), BATCH);
            learner.update(b, stats);

            float[][] y = targets(online, target, b, config);
            Reference ref = reference(online, b, y, config);
            for (int k = 0; k < BATCH; k++) {
                assertThat(stats.tdPrice[k]).isCloseTo(ref.tdPrice[k], within(1e-5f));
                assertThat(stats.tdQuantity[k]).isCloseTo(ref.tdQuantity[k], within(1e-5f));
            }
            assertThat(stats.loss).isCloseTo(ref.loss, within(1e-5 * Math.max(1, Math.abs(ref.loss))));
            ParameterLayout layout = net.layout();
            float[] grads = learner.lastGradients();
            for (String name : layout.canonicalNames()) {
                ParameterLayout.Slot slot = layout.slot(name);
                float[] expected = ref.gradients.get(name);
                float scale = 0;
                for (float e : expected) {
                    scale = Math.max(scale, Math.abs(e));
                }
                assertThat(scale).as(name + " has a gradient").isPositive();
                for (int i = 0; i < expected.length; i++) {
                    assertThat(grads[slot.offset() + i]).as(name + "[" + i + "]")
                            .isCloseTo(expected[i], within(1e-4f * scale + 1e-7f));
                }
            }
        }
    }

    private static ReplayBatch batch() {
        SplittableRandom r = new SplittableRandom(5);
        ReplayBatch b = new ReplayBatch(BATCH, NET.inputSize());
        for (int i = 0; i < b.observations.length; i++) {
            b.observations[i] = (float) r.nextGaussian();
            b.nextObservations[i] = (float) r.nextGaussian();
        }
        for (int k = 0; k < BATCH; k++) {
            b.actions[k] = r.nextInt(NET.priceBins() * NET.quantityBins());
            // rewards large enough that some TD errors leave Huber's quadratic zone
            b.rewards[k] = (float) (r.nextGaussian() * 2);
            b.auxTargets[k] = (float) r.nextDouble();
            b.dones[k] = k % 5 == 0 ? 1f : 0f;
            b.weights[k] = (float) (0.2 + 0.8 * r.nextDouble());
        }
        return b;
    }

    /** {y_price, y_quantity} from plain-Java forward passes. */
    private static float[][] targets(ParameterSet online, ParameterSet target, ReplayBatch b, TrainConfig c) {
        float[][] y = new float[2][BATCH];
        int n = NET.inputSize();
        for (int k = 0; k < BATCH; k++) {
            float[] x = java.util.Arrays.copyOfRange(b.nextObservations, k * n, (k + 1) * n);
            float[][] qt = ReferenceForward.forward(NET, target, x);
            float[][] chooser = c.doubleDqn() ? ReferenceForward.forward(NET, online, x) : qt;
            for (int branch = 0; branch < 2; branch++) {
                int best = argmax(chooser[branch]);
                y[branch][k] = (float) (b.rewards[k] + c.gamma() * (1 - b.dones[k]) * qt[branch][best]);
            }
        }
        return y;
    }

    private record Reference(double loss, float[] tdPrice, float[] tdQuantity, Map<String, float[]> gradients) {
    }

    private static Reference reference(ParameterSet online, ReplayBatch b, float[][] y, TrainConfig c) {
        Engine engine = DjlEngine.get(1);
        try (NDManager m = engine.newBaseManager()) {
            Map<String, NDArray> p = new HashMap<>();
            for (NamedTensor t : online.tensors()) {
                NDArray a = m.create(t.data(), new Shape(t.shape()));
                a.setRequiresGradient(true);
                p.put(t.name(), a);
            }
            int pq = NET.priceBins() * NET.quantityBins();
            float[] oneHotP = new float[BATCH * NET.priceBins()];
            float[] oneHotQ = new float[BATCH * NET.quantityBins()];
            for (int k = 0; k < BATCH; k++) {
                oneHotP[k * NET.priceBins() + b.actions[k] / NET.quantityBins()] = 1;
                oneHotQ[k * NET.quantityBins() + b.actions[k] % NET.quantityBins()] = 1;
            }
            assertThat(pq).isPositive();
            NDArray half = m.full(new Shape(), 0.5f);
            NDArray one = m.full(new Shape(), 1f);
            NDArray auxWeight = m.full(new Shape(), (float) c.auxWeight());
            NDArray loss;
            NDArray tdP;
            NDArray tdQ;
            try (GradientCollector gc = engine.newGradientCollector()) {
                NDArray h = m.create(b.observations, new Shape(BATCH, NET.inputSize()));
                for (int i = 0; i < NET.trunkSizes().size(); i++) {
                    h = Activation.relu(linear(h, p, "trunk." + i));
                }
                NDArray v = head(h, p, "value").reshape(BATCH);
                NDArray advP = head(h, p, "price");
                NDArray advQ = head(h, p, "quantity");
                NDArray aux = head(h, p, "aux").reshape(BATCH);
                NDArray qP = advP.mul(m.create(oneHotP, new Shape(BATCH, NET.priceBins()))).sum(new int[] {1})
                        .sub(advP.mean(new int[] {1})).add(v);
                NDArray qQ = advQ.mul(m.create(oneHotQ, new Shape(BATCH, NET.quantityBins()))).sum(new int[] {1})
                        .sub(advQ.mean(new int[] {1})).add(v);
                tdP = qP.sub(m.create(y[0]));
                tdQ = qQ.sub(m.create(y[1]));
                NDArray perSample = td(tdP, c.tdLoss(), half, one).add(td(tdQ, c.tdLoss(), half, one));
                NDArray qLoss = perSample.mul(m.create(b.weights)).mean().mul(half);
                NDArray err = aux.sub(m.create(b.auxTargets));
                loss = qLoss.add(err.mul(err).mean().mul(auxWeight));
                gc.backward(loss);
            }
            JniUtils.setGradMode(false);
            Map<String, float[]> grads = new HashMap<>();
            for (Map.Entry<String, NDArray> e : p.entrySet()) {
                grads.put(e.getKey(), e.getValue().getGradient().toFloatArray());
            }
            return new Reference(loss.getFloat(), tdP.toFloatArray(), tdQ.toFloatArray(), grads);
        }
    }

    private static NDArray td(NDArray x, TdLoss kind, NDArray half, NDArray one) {
        if (kind == TdLoss.HALF_SQUARED) {
            return x.mul(x).mul(half);
        }
        NDArray abs = x.abs();
        NDArray small = abs.minimum(one);
        return small.mul(small).mul(half).add(abs.sub(small));
    }

    private static NDArray head(NDArray h, Map<String, NDArray> p, String name) {
        return linear(Activation.relu(linear(h, p, name + ".0")), p, name + ".1");
    }

    private static NDArray linear(NDArray x, Map<String, NDArray> p, String name) {
        return x.matMul(p.get(name + ".weight").transpose()).add(p.get(name + ".bias"));
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
