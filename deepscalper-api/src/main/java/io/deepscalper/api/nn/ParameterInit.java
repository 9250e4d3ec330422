package io.deepscalper.api.nn;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterLayout;
import io.deepscalper.api.nn.ParameterSet;
import java.util.SplittableRandom;

/**
 * Seeded parameter initialisation in plain Java, so that one seed gives bit-identical parameters
 * on every engine and platform.
 *
 * <p>Uses PyTorch's default for {@code nn.Linear}: weights and biases uniform in
 * {@code [-1/sqrt(fanIn), 1/sqrt(fanIn)]} (Kaiming-uniform with {@code a = sqrt(5)}), drawn from a
 * {@link SplittableRandom} in flat-layout order.
 */
public final class ParameterInit {
    private ParameterInit() {
    }

    /**
     * @param layout where each parameter lives
     * @param seed   random seed
     * @return freshly initialised values in flat order
     */
    public static float[] kaimingUniform(ParameterLayout layout, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] flat = new float[layout.size()];
        for (String name : layout.canonicalNames()) {
            ParameterLayout.Slot s = layout.slot(name);
            long fanIn = name.endsWith(".weight") ? s.shape()[1] : layout.slot(name.replace(".bias", ".weight")).shape()[1];
            double bound = 1.0 / Math.sqrt(fanIn);
            for (int i = 0; i < s.length(); i++) {
                flat[s.offset() + i] = (float) ((rng.nextDouble() * 2.0 - 1.0) * bound);
            }
        }
        return flat;
    }

    /**
     * @param config network shape
     * @param seed   random seed
     * @return freshly initialised parameters in canonical order
     */
    public static ParameterSet kaimingUniform(NetworkConfig config, long seed) {
        ParameterLayout layout = new ParameterLayout(config);
        return layout.toParameterSet(kaimingUniform(layout, seed));
    }
}
