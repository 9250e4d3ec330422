package io.deepscalper.core.dqn;

import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.core.dqn.TdLoss;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.replay.ReplayBatch;

/**
 * The loss of the branching dueling double DQN and its gradient with respect to the network's outputs,
 * computed in Java on a whole batch (docs/algorithm.md, "Learning").
 *
 * <p>The network's outputs for one sample are one row {@code [V, A_p(0..P-1), A_q(0..Q-1), aux]} of width
 * {@link #rowWidth()}; per branch {@code Q_d(a) = V + A_d(a) - mean(A_d)}. Targets:
 * {@code y_d = r + gamma^k (1 - done) Q'_d(s', argmax_a Q_d(s', a))}, with {@code k} the steps the transition
 * spans ({@code r} is then the discounted sum of its {@code k} rewards; {@code k = 1} without n-step returns);
 * double DQN: the online network picks, the target network values; otherwise the target network's own maximum.
 * Loss:
 * {@code mean_b[w_b (L(Q_p - y_p) + L(Q_q - y_q)) / 2] + auxWeight * mean_b[(aux_b - t_b)^2]}, {@code L} Huber
 * (delta 1) or one half squared, {@code w_b} the replay importance weights.
 *
 * <p>Why in Java: the engine only needs the gradient of this scalar with respect to the output rows to run the
 * backward pass, and that gradient has a closed form; computing it here replaces some forty tiny native
 * operations (and their backward nodes), each of which costs more in dispatch and thread synchronisation than
 * its arithmetic, by a loop over a few thousand numbers. Allocation-free; not thread-safe.
 */
public final class BranchingDqnLoss {
    private final int priceBins;
    private final int quantityBins;
    private final int width;
    /** {@code gamma^k} for the steps {@code k} a transition spans. */
    private final float[] discountBySteps;
    private final boolean doubleDqn;
    private final TdLoss tdLoss;
    private final double auxWeight;
    private double loss;
    private double qLoss;
    private double auxLoss;

    /**
     * @param priceBins    price branch size {@code P}
     * @param quantityBins quantity branch size {@code Q}
     * @param config       gamma, double DQN, TD loss and auxiliary weight
     */
    public BranchingDqnLoss(int priceBins, int quantityBins, TrainConfig config) {
        this.priceBins = priceBins;
        this.quantityBins = quantityBins;
        this.width = priceBins + quantityBins + 2;
        this.discountBySteps = new float[Byte.MAX_VALUE + 1];
        for (int k = 0; k < discountBySteps.length; k++) {
            discountBySteps[k] = (float) Math.pow(config.gamma(), k);
        }
        this.doubleDqn = config.doubleDqn();
        this.tdLoss = config.tdLoss();
        this.auxWeight = config.auxWeight();
    }

    /** @return values per output row: {@code 1 + P + Q + 1} */
    public int rowWidth() {
        return width;
    }

    /** @return whether {@link #targets} needs the online network's next-state outputs */
    public boolean needsOnlineNext() {
        return doubleDqn;
    }

    /**
     * Bootstrapped targets per branch.
     *
     * @param targetNext target network's output rows on the next observations
     * @param onlineNext online network's output rows on the next observations (ignored without double DQN)
     * @param b          the batch: rewards and done flags
     * @param yPrice     receives the price-branch targets
     * @param yQuantity  receives the quantity-branch targets
     */
    public void targets(float[] targetNext, float[] onlineNext, ReplayBatch b, float[] yPrice, float[] yQuantity) {
        float[] chooser = doubleDqn ? onlineNext : targetNext;
        for (int k = 0; k < b.size; k++) {
            int row = k * width;
            int p = 1;
            int q = 1 + priceBins;
            int bestP = QNetwork.argmax(chooser, row + p, priceBins);
            int bestQ = QNetwork.argmax(chooser, row + q, quantityBins);
            float v = targetNext[row];
            float nextP = v + targetNext[row + p + bestP] - mean(targetNext, row + p, priceBins);
            float nextQ = v + targetNext[row + q + bestQ] - mean(targetNext, row + q, quantityBins);
            float discount = discountBySteps[b.steps[k]] * (1f - b.dones[k]);
            yPrice[k] = b.rewards[k] + discount * nextP;
            yQuantity[k] = b.rewards[k] + discount * nextQ;
        }
    }

    /**
     * The loss of the current outputs and its gradient; read the values with {@link #loss()}, {@link #qLoss()} and
     * {@link #auxLoss()}.
     *
     * @param outputs    online output rows on the observations
     * @param b          the batch: actions, auxiliary targets and importance weights
     * @param yPrice     price-branch targets from {@link #targets}
     * @param yQuantity  quantity-branch targets
     * @param gradient   receives d loss / d outputs, laid out like {@code outputs}
     * @param tdPrice    receives {@code Q_p(s, a_p) - y_p} per sample
     * @param tdQuantity receives {@code Q_q(s, a_q) - y_q} per sample
     */
    public void lossAndGradient(float[] outputs, ReplayBatch b, float[] yPrice, float[] yQuantity, float[] gradient,
                                float[] tdPrice, float[] tdQuantity) {
        int n = b.size;
        double qSum = 0;
        double auxSum = 0;
        float tdScale = (float) (1.0 / (2.0 * n));
        float auxScale = (float) (2.0 * auxWeight / n);
        float invP = 1f / priceBins;
        float invQ = 1f / quantityBins;
        for (int k = 0; k < n; k++) {
            int row = k * width;
            int p = row + 1;
            int q = p + priceBins;
            int aux = q + quantityBins;
            int action = b.actions[k];
            int ap = action / quantityBins;
            int aq = action % quantityBins;
            float v = outputs[row];
            float tdP = v + outputs[p + ap] - mean(outputs, p, priceBins) - yPrice[k];
            float tdQ = v + outputs[q + aq] - mean(outputs, q, quantityBins) - yQuantity[k];
            tdPrice[k] = tdP;
            tdQuantity[k] = tdQ;
            float w = b.weights[k];
            qSum += w * (lossOf(tdP) + lossOf(tdQ));
            float gP = w * slopeOf(tdP) * tdScale;
            float gQ = w * slopeOf(tdQ) * tdScale;
            gradient[row] = gP + gQ;
            for (int j = 0; j < priceBins; j++) {
                gradient[p + j] = -gP * invP;
            }
            gradient[p + ap] += gP;
            for (int j = 0; j < quantityBins; j++) {
                gradient[q + j] = -gQ * invQ;
            }
            gradient[q + aq] += gQ;
            float auxErr = outputs[aux] - b.auxTargets[k];
            auxSum += (double) auxErr * auxErr;
            gradient[aux] = auxScale * auxErr;
        }
        this.qLoss = qSum / (2.0 * n);
        this.auxLoss = auxSum / n;
        this.loss = qLoss + auxWeight * auxLoss;
    }

    /** @return the total loss of the last {@link #lossAndGradient} call */
    public double loss() {
        return loss;
    }

    /** @return its importance-weighted TD part */
    public double qLoss() {
        return qLoss;
    }

    /** @return its auxiliary mean squared error (before weighting) */
    public double auxLoss() {
        return auxLoss;
    }

    private double lossOf(float td) {
        double x = td;
        if (tdLoss == TdLoss.HALF_SQUARED) {
            return 0.5 * x * x;
        }
        double a = Math.abs(x);
        return a <= 1 ? 0.5 * x * x : a - 0.5;
    }

    private float slopeOf(float td) {
        if (tdLoss == TdLoss.HALF_SQUARED) {
            return td;
        }
        return Math.max(-1f, Math.min(1f, td));
    }

    private static float mean(float[] v, int from, int length) {
        float s = 0;
        for (int i = 0; i < length; i++) {
            s += v[from + i];
        }
        return s / length;
    }
}
