package io.deepscalper.core.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterLayout;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlatOptimizerTest {
    private static final ParameterLayout LAYOUT = new ParameterLayout(NetworkConfig.defaults(1803));

    private static float[] random(long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[LAYOUT.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (r.nextGaussian() * scale);
        }
        return v;
    }

    @Test
    void normsArePerNamedParameterInCanonicalOrder() {
        float[] g = random(1, 0.01);
        double[] out = new double[LAYOUT.canonicalNames().size()];
        try (FlatOptimizer opt = new FlatOptimizer(LAYOUT, 0.9, 0.999, 1e-8, 2)) {
            double global = opt.norms(g, out);
            double total = 0;
            List<String> names = LAYOUT.canonicalNames();
            for (int n = 0; n < names.size(); n++) {
                ParameterLayout.Slot s = LAYOUT.slot(names.get(n));
                double sum = 0;
                for (int i = s.offset(); i < s.offset() + s.length(); i++) {
                    sum += (double) g[i] * g[i];
                }
                total += sum;
                assertThat(out[n]).as(names.get(n)).isCloseTo(Math.sqrt(sum), within(1e-6 * Math.sqrt(sum)));
            }
            assertThat(global).isCloseTo(Math.sqrt(total), within(1e-6 * Math.sqrt(total)));
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameParametersAndNorms() {
        float[] w1 = random(2, 0.05);
        float[] w2 = w1.clone();
        float[] t1 = random(3, 0.05);
        float[] t2 = t1.clone();
        double[] n1 = new double[LAYOUT.canonicalNames().size()];
        double[] n2 = n1.clone();
        try (FlatOptimizer one = new FlatOptimizer(LAYOUT, 0.9, 0.999, 1e-8, 1);
             FlatOptimizer two = new FlatOptimizer(LAYOUT, 0.9, 0.999, 1e-8, 2)) {
            assertThat(two.parts()).isEqualTo(2);
            for (int step = 0; step < 3; step++) {
                float[] g = random(10 + step, 0.01);
                float[] target1 = step == 1 ? null : t1;
                float[] target2 = step == 1 ? null : t2;
                one.step(w1, g, 3e-4, 0.5, target1, 0.005f, n1);
                two.step(w2, g, 3e-4, 0.5, target2, 0.005f, n2);
            }
        }
        assertThat(w2).isEqualTo(w1);
        assertThat(t2).isEqualTo(t1);
        for (int i = 0; i < n1.length; i++) {
            assertThat(n2[i]).isCloseTo(n1[i], within(1e-9 * n1[i]));
        }
    }

    @Test
    void theTargetMovesOnlyWhenGivenAndVectorsOfTheWrongSizeAreRejected() {
        float[] w = random(4, 0.05);
        float[] t = random(5, 0.05);
        float[] before = t.clone();
        double[] norms = new double[LAYOUT.canonicalNames().size()];
        try (FlatOptimizer opt = new FlatOptimizer(LAYOUT, 0.9, 0.999, 1e-8, 2)) {
            opt.step(w, random(6, 0.01), 1e-3, 1, null, 0.5f, norms);
            assertThat(t).isEqualTo(before);
            opt.step(w, random(7, 0.01), 1e-3, 1, t, 1f, norms);
            assertThat(t).isEqualTo(w);
            assertThat(opt.adam().steps()).isEqualTo(2);
            assertThatThrownBy(() -> opt.norms(new float[5], norms)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected " + LAYOUT.size());
        }
    }
}
