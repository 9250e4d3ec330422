package io.deepscalper.api.nn;

import java.util.List;

/**
 * Shape of the branching dueling Q-network (docs/agent.md).
 *
 * <pre>
 * trunk:    input -> trunkSizes[0] -> ... -> trunkSizes[k-1], each Linear + ReLU
 * value:    trunk -> headHidden (ReLU) -> 1
 * price:    trunk -> headHidden (ReLU) -> priceBins       (advantage)
 * quantity: trunk -> headHidden (ReLU) -> quantityBins    (advantage)
 * aux:      trunk -> auxHidden  (ReLU) -> 1               (volatility prediction)
 * Q_d = V + A_d - mean(A_d) for d in {price, quantity}
 * </pre>
 *
 * <p>Parameter names follow PyTorch's {@code nn.Sequential} convention and are shared by every
 * engine and every export format: {@code trunk.<i>.weight|bias}, {@code value.0|1.weight|bias},
 * {@code price.0|1...}, {@code quantity.0|1...}, {@code aux.0|1...}. Weights are {@code [out, in]}.
 *
 * @param inputSize    observation length (features x lookback + private state)
 * @param trunkSizes   hidden widths of the shared trunk, at least one
 * @param headHidden   hidden width of the value and advantage heads
 * @param auxHidden    hidden width of the auxiliary volatility head
 * @param priceBins    number of price bins (21)
 * @param quantityBins number of quantity bins (11)
 */
public record NetworkConfig(int inputSize, List<Integer> trunkSizes, int headHidden, int auxHidden,
                            int priceBins, int quantityBins) {

    /** Validates sizes with messages that say which field is wrong. */
    public NetworkConfig {
        require(inputSize > 0, "inputSize must be > 0 but was " + inputSize);
        require(trunkSizes != null && !trunkSizes.isEmpty(), "trunkSizes must list at least one layer");
        trunkSizes = List.copyOf(trunkSizes);
        for (int s : trunkSizes) {
            require(s > 0, "trunkSizes must all be > 0 but were " + trunkSizes);
        }
        require(headHidden > 0, "headHidden must be > 0 but was " + headHidden);
        require(auxHidden > 0, "auxHidden must be > 0 but was " + auxHidden);
        require(priceBins >= 2, "priceBins must be >= 2 but was " + priceBins);
        require(quantityBins >= 3 && quantityBins % 2 == 1,
                "quantityBins must be odd and >= 3 (the middle bin means no order) but was " + quantityBins);
    }

    /** @return the DeepScalper defaults (3 x 256 trunk, 256 heads, 128 aux, 21 x 11 bins) for an input size */
    public static NetworkConfig defaults(int inputSize) {
        return new NetworkConfig(inputSize, List.of(256, 256, 256), 256, 128, 21, 11);
    }

    /** @return a copy with another input size */
    public NetworkConfig withInputSize(int newInputSize) {
        return new NetworkConfig(newInputSize, trunkSizes, headHidden, auxHidden, priceBins, quantityBins);
    }

    /** @return the number of trainable scalars */
    public long parameterCount() {
        long n = 0;
        int in = inputSize;
        for (int s : trunkSizes) {
            n += (long) in * s + s;
            in = s;
        }
        int t = in;
        n += (long) t * headHidden + headHidden + headHidden + 1;
        n += (long) t * headHidden + headHidden + (long) headHidden * priceBins + priceBins;
        n += (long) t * headHidden + headHidden + (long) headHidden * quantityBins + quantityBins;
        n += (long) t * auxHidden + auxHidden + auxHidden + 1;
        return n;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("NetworkConfig: " + message);
        }
    }
}
