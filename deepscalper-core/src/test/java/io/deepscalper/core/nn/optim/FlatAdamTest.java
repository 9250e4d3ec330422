package io.deepscalper.core.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlatAdamTest {
    @Test
    void stepsFollowTheDocumentedFormulaComputedInDoublePrecision() {
        int n = 1000;
        SplittableRandom r = new SplittableRandom(1);
        float[] w = new float[n];
        double[] refW = new double[n];
        double[] refM = new double[n];
        double[] refV = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = (float) r.nextGaussian();
            refW[i] = w[i];
        }
        FlatAdam adam = new FlatAdam(n, 0.9, 0.999, 1e-8);
        float[] g = new float[n];
        for (int t = 1; t <= 5; t++) {
            for (int i = 0; i < n; i++) {
                g[i] = (float) (r.nextGaussian() * 0.1);
            }
            double scale = t == 3 ? 0.25 : 1.0; // one clipped step
            adam.step(w, g, 1e-3, scale);
            double correction = Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            for (int i = 0; i < n; i++) {
                double gi = g[i] * scale;
                refM[i] = 0.9 * refM[i] + 0.1 * gi;
                refV[i] = 0.999 * refV[i] + 0.001 * gi * gi;
                refW[i] -= 1e-3 * correction * refM[i] / (Math.sqrt(refV[i]) + 1e-8);
            }
        }
        assertThat(adam.steps()).isEqualTo(5);
        for (int i = 0; i < n; i++) {
            assertThat((double) w[i]).isCloseTo(refW[i], within(1e-6));
            assertThat((double) adam.mean()[i]).isCloseTo(refM[i], within(1e-6));
        }
    }

    @Test
    void rangesCanBeAppliedSeparatelyWithTheSameResultAsOneWholeStep() {
        int n = 333;
        float[] a = new float[n];
        float[] b = new float[n];
        float[] g = new float[n];
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < n; i++) {
            a[i] = b[i] = (float) r.nextGaussian();
            g[i] = (float) r.nextGaussian();
        }
        FlatAdam whole = new FlatAdam(n, 0.9, 0.999, 1e-8);
        FlatAdam split = new FlatAdam(n, 0.9, 0.999, 1e-8);
        whole.step(a, g, 0.01, 1);
        split.begin(0.01, 1);
        split.apply(b, g, 0, 100);
        split.apply(b, g, 100, n);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void restoredStateContinuesExactlyAndBadStateIsRejected() {
        int n = 10;
        float[] w1 = new float[n];
        float[] g = {1, -2, 3, -4, 5, -6, 7, -8, 9, -10};
        FlatAdam a = new FlatAdam(n, 0.9, 0.999, 1e-8);
        a.step(w1, g, 0.1, 1);
        FlatAdam b = new FlatAdam(n, 0.9, 0.999, 1e-8);
        b.restore(a.mean(), a.variance(), a.steps());
        float[] w2 = w1.clone();
        a.step(w1, g, 0.1, 1);
        b.step(w2, g, 0.1, 1);
        assertThat(w2).isEqualTo(w1);
        assertThatThrownBy(() -> b.restore(new float[3], new float[n], 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3/10");
        assertThatThrownBy(() -> b.restore(new float[n], new float[n], -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlatAdam(n, 1.0, 0.999, 1e-8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlatAdam(n, 0.9, 0.999, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlatAdam(n, 0.9, 0.999, 1e-8).apply(w1, g, 0, n))
                .isInstanceOf(IllegalStateException.class);
    }
}
