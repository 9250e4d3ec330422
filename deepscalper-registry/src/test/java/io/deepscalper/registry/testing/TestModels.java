package io.deepscalper.registry.testing;

import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.HeldOutSessions;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.registry.params.CanonicalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small networks with seeded random parameters, and gate results, for registry and export tests. */
public final class TestModels {
    /** A small network: fast to save and export, same structure as the default. */
    public static final NetworkConfig SMALL = new NetworkConfig(12, List.of(16, 16), 8, 4, 21, 11);
    private static final HeldOutSessions HELD_OUT =
            new HeldOutSessions("validation", LocalDate.of(2011, 1, 24), LocalDate.of(2011, 1, 31), 6);

    private TestModels() {
    }

    /** @return Kaiming-uniform-like random parameters for {@code c}, canonical order, deterministic in seed */
    public static ParameterSet random(NetworkConfig c, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<NamedTensor> out = new ArrayList<>();
        CanonicalLayout.shapes(c).forEach((name, shape) -> {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            double bound = 1.0 / Math.sqrt(shape.length == 2 ? shape[1] : 16);
            float[] v = new float[(int) n];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rnd.nextDouble(-bound, bound) * (shape.length == 2 ? 2.5f : 1f);
            }
            out.add(new NamedTensor(name, shape, v));
        });
        return new ParameterSet(out);
    }

    /** @return a gate result that passed, with the given Sharpe */
    public static GateResult passed(double sharpe) {
        return new GateResult(true, List.of(GateCheck.metric("sharpe", GateCheck.THRESHOLD, sharpe, -1e9, true, false,
                "sharpe " + sharpe + " satisfies >= -1e9")), null, HELD_OUT, Map.of("sharpe", sharpe), Map.of());
    }

    /** @return a gate result that failed because Sharpe is below 1 */
    public static GateResult failed(double sharpe) {
        return new GateResult(false, List.of(GateCheck.metric("sharpe", GateCheck.THRESHOLD, sharpe, sharpe + 1, false,
                false, "sharpe " + sharpe + " does not satisfy >= " + (sharpe + 1))), null, HELD_OUT,
                Map.of("sharpe", sharpe), Map.of());
    }

    /** @return a version of the small network with a Sharpe metric and a passed gate */
    public static NewModelVersion version(long seed, double sharpe) {
        return NewModelVersion.builder(random(SMALL, seed), SMALL).seed(seed).trainingSteps(1000)
                .trigger("test").metric("sharpe", sharpe).metric("max_drawdown", 0.05).validation(passed(sharpe))
                .build();
    }
}
