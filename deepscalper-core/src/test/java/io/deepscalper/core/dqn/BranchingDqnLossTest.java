package io.deepscalper.core.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.core.dqn.BranchingDqnLoss;
import io.deepscalper.core.dqn.TdLoss;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.replay.ReplayBatch;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BranchingDqnLossTest {
    private static final int P = 3;
    private static final int Q = 2;
    private static final int W = P + Q + 2;

    private static TrainConfig config(TdLoss loss, boolean doubleDqn) {
        return TrainConfig.builder().gamma(0.5).tdLoss(loss).doubleDqn(doubleDqn).auxWeight(0.25).build();
    }

    @Test
    void targetsBootstrapFromTheTargetNetworkAtTheOnlineNetworksChoice() {
        ReplayBatch b = new ReplayBatch(2, 1);
        b.rewards[0] = 1;
        b.rewards[1] = 2;
        b.dones[1] = 1;
        // rows [V, A_p(3), A_q(2), aux]
        float[] target = {10, 1, 2, 3, 5, 1, 0, 10, 1, 2, 3, 5, 1, 0};
        float[] online = {0, 9, 0, 0, 0, 4, 0, 0, 9, 0, 0, 0, 4, 0};
        float[] yp = new float[2];
        float[] yq = new float[2];
        BranchingDqnLoss ddqn = new BranchingDqnLoss(P, Q, config(TdLoss.HUBER, true));
        ddqn.targets(target, online, b, yp, yq);
        // online picks price 0 and quantity 1: Q'_p = 10 + 1 - 2 = 9, Q'_q = 10 + 1 - 3 = 8
        assertThat(yp[0]).isEqualTo(1 + 0.5f * 9);
        assertThat(yq[0]).isEqualTo(1 + 0.5f * 8);
        assertThat(yp[1]).as("no bootstrap after the episode ended").isEqualTo(2f);
        assertThat(yq[1]).isEqualTo(2f);
        BranchingDqnLoss plain = new BranchingDqnLoss(P, Q, config(TdLoss.HUBER, false));
        plain.targets(target, null, b, yp, yq);
        // the target network's own maximum: price 2 (3 - 2 + 10 = 11), quantity 0 (5 - 3 + 10 = 12)
        assertThat(yp[0]).isEqualTo(1 + 0.5f * 11);
        assertThat(yq[0]).isEqualTo(1 + 0.5f * 12);
    }

    @Test
    void anNStepTransitionDiscountsItsBootstrapByGammaToTheStepsItSpans() {
        ReplayBatch b = new ReplayBatch(2, 1);
        b.rewards[0] = 1;
        b.rewards[1] = 1;
        b.steps[0] = 3;
        b.steps[1] = 1;
        float[] target = {10, 1, 2, 3, 5, 1, 0, 10, 1, 2, 3, 5, 1, 0};
        float[] online = {0, 9, 0, 0, 0, 4, 0, 0, 9, 0, 0, 0, 4, 0};
        float[] yp = new float[2];
        float[] yq = new float[2];
        new BranchingDqnLoss(P, Q, config(TdLoss.HUBER, true)).targets(target, online, b, yp, yq);
        assertThat(yp[0]).isEqualTo(1 + 0.125f * 9);
        assertThat(yq[0]).isEqualTo(1 + 0.125f * 8);
        assertThat(yp[1]).isEqualTo(1 + 0.5f * 9);
    }

    @ParameterizedTest
    @EnumSource(TdLoss.class)
    void theGradientIsTheDerivativeOfTheLoss(TdLoss kind) {
        int n = 8;
        SplittableRandom r = new SplittableRandom(3);
        ReplayBatch b = new ReplayBatch(n, 1);
        float[] out = new float[n * W];
        float[] yp = new float[n];
        float[] yq = new float[n];
        for (int k = 0; k < n; k++) {
            b.actions[k] = r.nextInt(P * Q);
            b.weights[k] = (float) (0.1 + r.nextDouble());
            b.auxTargets[k] = (float) r.nextDouble();
            yp[k] = (float) (r.nextGaussian() * 2);
            yq[k] = (float) (r.nextGaussian() * 2);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) r.nextGaussian();
        }
        BranchingDqnLoss loss = new BranchingDqnLoss(P, Q, config(kind, true));
        float[] grad = new float[out.length];
        float[] tdp = new float[n];
        float[] tdq = new float[n];
        loss.lossAndGradient(out, b, yp, yq, grad, tdp, tdq);
        double base = loss.loss();
        assertThat(base).isCloseTo(loss.qLoss() + 0.25 * loss.auxLoss(), within(1e-12));
        float h = 1e-2f;
        for (int i = 0; i < out.length; i++) {
            float keep = out[i];
            out[i] = keep + h;
            loss.lossAndGradient(out, b, yp, yq, new float[out.length], tdp, tdq);
            double up = loss.loss();
            out[i] = keep - h;
            loss.lossAndGradient(out, b, yp, yq, new float[out.length], tdp, tdq);
            double down = loss.loss();
            out[i] = keep;
            assertThat((double) grad[i]).as("d loss / d output[%d]", i).isCloseTo((up - down) / (2 * h), within(2e-4));
        }
    }
}
