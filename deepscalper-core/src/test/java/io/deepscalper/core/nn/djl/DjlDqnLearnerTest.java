package io.deepscalper.core.nn.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.core.dqn.TdLoss;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.replay.ReplayBatch;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DjlDqnLearnerTest {
    private static final NetworkConfig NET = new NetworkConfig(9, List.of(32, 32), 24, 8, 5, 3);

    private static TrainConfig config(double gamma, TdLoss loss) {
        return TrainConfig.builder().batchSize(16).bufferCapacity(64).gamma(gamma).tdLoss(loss).learningRate(3e-3)
                .threads(1).trunkSizes(NET.trunkSizes()).headHidden(24).auxHidden(8).build();
    }

    private static ReplayBatch batch(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ReplayBatch b = new ReplayBatch(16, 9);
        for (int k = 0; k < 16; k++) {
            for (int i = 0; i < 9; i++) {
                b.observations[k * 9 + i] = (float) r.nextGaussian();
                b.nextObservations[k * 9 + i] = (float) r.nextGaussian();
            }
            b.actions[k] = r.nextInt(15);
            b.rewards[k] = (float) r.nextGaussian() * 0.5f;
            b.auxTargets[k] = (float) r.nextDouble();
            b.dones[k] = k % 4 == 0 ? 1f : 0f;
            b.weights[k] = 1f;
        }
        return b;
    }

    @Test
    void withoutDiscountTheBranchQValuesOfTheTakenActionsRegressToTheRewards() {
        ReplayBatch b = batch(1);
        try (DjlQNetwork net = DjlQNetwork.create(NET, 3, 1);
             DjlDqnLearner learner = new DjlDqnLearner(config(0.0, TdLoss.HALF_SQUARED), net)) {
            UpdateStats stats = new UpdateStats(NET.trunkSizes().size() * 2 + 16, 16);
            QOutputs before = net.forward(b.observations, 16);
            learner.update(b, stats);
            // TD errors are reported before the update: Q(s, a_d) - r when gamma is 0
            for (int k = 0; k < 16; k++) {
                int p = b.actions[k] / 3;
                int q = b.actions[k] % 3;
                assertThat(stats.tdPrice[k]).isCloseTo(before.priceQ()[k * 5 + p] - b.rewards[k], within(1e-5f));
                assertThat(stats.tdQuantity[k]).isCloseTo(before.quantityQ()[k * 3 + q] - b.rewards[k], within(1e-5f));
            }
            double first = stats.loss;
            for (int i = 0; i < 400; i++) {
                learner.update(b, stats);
            }
            assertThat(stats.loss).isLessThan(first * 0.05);
            QOutputs after = net.forward(b.observations, 16);
            for (int k = 0; k < 16; k++) {
                assertThat(after.priceQ()[k * 5 + b.actions[k] / 3]).isCloseTo(b.rewards[k], within(0.1f));
                assertThat(after.aux()[k]).isCloseTo(b.auxTargets[k], within(0.15f));
            }
        }
    }

    @Test
    void reportedNormsMatchTheParametersAndTheGlobalNorm() {
        try (DjlQNetwork net = DjlQNetwork.create(NET, 4, 1);
             DjlDqnLearner learner = new DjlDqnLearner(config(0.99, TdLoss.HUBER), net)) {
            UpdateStats stats = new UpdateStats(20, 16);
            learner.update(batch(2), stats);
            ParameterSet p = net.parameters();
            List<NamedTensor> ts = p.tensors();
            double sum = 0;
            for (int i = 0; i < ts.size(); i++) {
                double s = 0;
                for (float f : ts.get(i).data()) {
                    s += (double) f * f;
                }
                assertThat(stats.layerWeightNorms[i]).as(ts.get(i).name()).isCloseTo(Math.sqrt(s), within(1e-4));
                sum += stats.layerGradNorms[i] * stats.layerGradNorms[i];
                assertThat(stats.layerGradNorms[i]).as(ts.get(i).name()).isPositive();
            }
            assertThat(stats.gradNorm).isCloseTo(Math.sqrt(sum), within(1e-6));
        }
    }

    @Test
    void targetFollowsTheOnlineNetworkBySoftUpdates() {
        TrainConfig full = config(0.9, TdLoss.HUBER).toBuilder().tau(1.0).build();
        try (DjlQNetwork net = DjlQNetwork.create(NET, 5, 1); DjlDqnLearner learner = new DjlDqnLearner(full, net)) {
            ParameterSet initial = learner.target().parameters();
            learner.update(batch(3), new UpdateStats(20, 16));
            assertThat(net.parameters()).isNotEqualTo(initial);
            assertThat(learner.target().parameters()).isEqualTo(net.parameters());
        }
        TrainConfig slow = config(0.9, TdLoss.HUBER).toBuilder().tau(0.1).targetUpdateInterval(2).build();
        try (DjlQNetwork net = DjlQNetwork.create(NET, 5, 1); DjlDqnLearner learner = new DjlDqnLearner(slow, net)) {
            float[] t0 = learner.target().flatValues();
            learner.update(batch(3), new UpdateStats(20, 16));
            assertThat(learner.target().flatValues()).isEqualTo(t0); // not yet: every 2nd update
            float[] o1 = net.flatValues();
            learner.update(batch(4), new UpdateStats(20, 16));
            float[] o2 = net.flatValues();
            float[] t2 = learner.target().flatValues();
            double tauK = 1 - Math.pow(0.9, 2);
            for (int i = 0; i < t0.length; i += 97) {
                assertThat(t2[i]).isCloseTo((float) (t0[i] + tauK * (o2[i] - t0[i])), within(1e-6f));
            }
            assertThat(o1).isNotEqualTo(o2);
        }
    }

    @Test
    void afterUpdatesAndAfterSetParametersActingAgreesWithTheForwardPass() {
        try (DjlQNetwork net = DjlQNetwork.create(NET, 8, 1);
             DjlDqnLearner learner = new DjlDqnLearner(config(0.99, TdLoss.HUBER), net)) {
            for (int i = 0; i < 30; i++) {
                learner.update(batch(i), new UpdateStats(20, 16));
            }
            assertActAgreesWithForward(net);
            net.setParameters(learner.target().parameters());
            assertActAgreesWithForward(net);
            learner.update(batch(99), new UpdateStats(20, 16));
            assertActAgreesWithForward(net);
        }
    }

    private static void assertActAgreesWithForward(DjlQNetwork net) {
        ReplayBatch b = batch(1234);
        QOutputs q = net.forward(b.observations, 16);
        for (int k = 0; k < 16; k++) {
            int packed = net.act(java.util.Arrays.copyOfRange(b.observations, k * 9, k * 9 + 9));
            assertThat(packed / 3).isEqualTo(argmax(q.priceQ(), k * 5, 5));
            assertThat(packed % 3).isEqualTo(argmax(q.quantityQ(), k * 3, 3));
        }
    }

    private static int argmax(float[] v, int from, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (v[from + i] > v[from + best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void identicalInputsGiveIdenticalParameters() {
        float[] a;
        float[] b;
        try (DjlQNetwork net = DjlQNetwork.create(NET, 6, 1); DjlDqnLearner l = new DjlDqnLearner(config(0.99,
                TdLoss.HUBER), net)) {
            for (int i = 0; i < 20; i++) {
                l.update(batch(i), new UpdateStats(20, 16));
            }
            a = net.flatValues();
        }
        try (DjlQNetwork net = DjlQNetwork.create(NET, 6, 1); DjlDqnLearner l = new DjlDqnLearner(config(0.99,
                TdLoss.HUBER), net)) {
            for (int i = 0; i < 20; i++) {
                l.update(batch(i), new UpdateStats(20, 16));
            }
            b = net.flatValues();
        }
        assertThat(a).isEqualTo(b);
    }
}
