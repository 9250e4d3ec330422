package io.deepscalper.benchmarks.agent;

import io.deepscalper.api.nn.NetworkConfig;

/**
 * Counts the matrix-multiply FLOPs (2 per multiply-add) of one learner update as
 * {@code DjlDqnLearner} runs it: the online forward on s (all heads) with its backward (weight
 * gradients everywhere, input gradients everywhere except the observation), the target forward
 * on s' (trunk, fused head layer, value, price and quantity outputs) and, for double DQN, the
 * online forward on s' (trunk, fused head layer, price and quantity outputs).
 */
final class UpdateFlops {
    private UpdateFlops() {
    }

    static double perUpdate(NetworkConfig c, int batch, boolean doubleDqn) {
        double b = batch;
        double trunk = 0;
        double firstLayer = 0;
        int in = c.inputSize();
        for (int i = 0; i < c.trunkSizes().size(); i++) {
            int out = c.trunkSizes().get(i);
            trunk += 2 * b * in * out;
            if (i == 0) {
                firstLayer = 2 * b * in * out;
            }
            in = out;
        }
        int h = c.headHidden();
        double fused = 2 * b * in * (3.0 * h + c.auxHidden());
        double value = 2 * b * h;
        double price = 2 * b * h * c.priceBins();
        double quantity = 2 * b * h * c.quantityBins();
        double aux = 2 * b * c.auxHidden();
        double forwardAll = trunk + fused + value + price + quantity + aux;
        double backward = 2 * forwardAll - firstLayer;
        double target = trunk + fused + value + price + quantity;
        double onlineNext = doubleDqn ? trunk + fused + price + quantity : 0;
        return forwardAll + backward + target + onlineNext;
    }
}
