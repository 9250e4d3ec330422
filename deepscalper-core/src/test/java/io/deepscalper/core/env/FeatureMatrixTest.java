package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.env.SyntheticSessions;
import org.junit.jupiter.api.Test;

class FeatureMatrixTest {

    private static SessionSeries threeBars() {
        return SyntheticSessions.of(
                new double[] {100.0, 100.1, 100.2},
                new double[] {100.2, 100.3, 100.2},
                new double[] {99.9, 100.0, 99.8},
                new double[] {100.1, 100.2, 99.9},
                new double[] {1000, 3000, 0});
    }

    @Test
    void everyFeatureMatchesItsHandComputation() {
        FeatureMatrix f = FeatureMatrix.compute(threeBars());
        assertThat(f.rows()).isEqualTo(3);
        assertThat(f.featureCount()).isEqualTo(15);
        int r = 2;
        assertThat(f.get(r, 0)).isCloseTo((float) (1000 * (100.2 / 99.9 - 1)), within(1e-4f));
        assertThat(f.get(r, 1)).isCloseTo((float) (1000 * (100.2 / 99.9 - 1)), within(1e-4f));
        assertThat(f.get(r, 2)).isCloseTo((float) (1000 * (99.8 / 99.9 - 1)), within(1e-4f));
        assertThat(f.get(r, 3)).isCloseTo((float) (1000 * (99.9 / 100.2 - 1)), within(1e-4f));
        double mean3 = (100.1 + 100.2 + 99.9) / 3;
        for (int k = 4; k <= 9; k++) { // every MA window is truncated to the 3 bars that exist
            assertThat(f.get(r, k)).isCloseTo((float) (1000 * (mean3 / 99.9 - 1)), within(1e-4f));
        }
        assertThat(f.get(r, 10)).isCloseTo((float) Math.log(1.0 / (4000.0 / 3 + 1)), within(1e-4f));
        // closes moved +0.1 then -0.3: gains 0.1, losses 0.3
        assertThat(f.get(r, 11)).isCloseTo(-0.5f, within(1e-4f));
        // typical price rose on bar 1 (volume 3000) and fell on bar 2 (volume 0): all flow is positive
        assertThat(f.get(r, 12)).isCloseTo(1.0f, within(1e-6f));
        double std = Math.sqrt((Math.pow(100.1 - mean3, 2) + Math.pow(100.2 - mean3, 2) + Math.pow(99.9 - mean3, 2)) / 3);
        assertThat(f.get(r, 13)).isCloseTo((float) ((99.9 - mean3) / (2 * std)), within(1e-4f));
        // true ranges 0.3, max(0.3, 0.2, 0.1), max(0.4, 0.0, 0.4)
        assertThat(f.get(r, 14)).isCloseTo((float) (1000 * ((0.3 + 0.3 + 0.4) / 3) / 99.9), within(1e-3f));
    }

    @Test
    void firstBarHasNoReturnAndNoOscillatorSignal() {
        FeatureMatrix f = FeatureMatrix.compute(threeBars());
        assertThat(f.get(0, 3)).isZero();
        assertThat(f.get(0, 11)).isZero();
        assertThat(f.get(0, 12)).isZero();
        assertThat(f.get(0, 13)).isZero(); // one close: zero std
        assertThat(f.get(0, 10)).isZero(); // volume equals its own mean
    }

    @Test
    void featuresDoNotDependOnThePriceLevel() {
        SessionSeries s = SyntheticSessions.generate(7, 3, 120, 100);
        BarSeries b = s.bars();
        double k = 37.5;
        BarSeries.Builder scaled = BarSeries.builder("SCALED");
        for (int i = 0; i < b.size(); i++) {
            scaled.add(b.startEpochSecond(i), b.open(i) * k, b.high(i) * k, b.low(i) * k, b.close(i) * k, b.volume(i));
        }
        float[] a = FeatureMatrix.compute(b).data();
        float[] c = FeatureMatrix.compute(scaled.build()).data();
        for (int i = 0; i < a.length; i++) {
            assertThat(c[i]).as("feature %d", i).isCloseTo(a[i], within(2e-3f));
        }
    }

    @Test
    void everyFeatureIsFiniteAndClipped() {
        SessionSeries s = SyntheticSessions.generate(11, 5, 390, 50);
        for (float x : FeatureMatrix.compute(s).data()) {
            assertThat(x).isFinite().isBetween((float) -FeatureMatrix.CLIP, (float) FeatureMatrix.CLIP);
        }
    }

    @Test
    void rowsDependOnlyOnEarlierBars() {
        SessionSeries s = SyntheticSessions.generate(3, 2, 200, 100);
        BarSeries b = s.bars();
        int cut = 250;
        BarSeries.Builder changed = BarSeries.builder("SYN");
        for (int i = 0; i < b.size(); i++) {
            double m = i >= cut ? 1.07 : 1.0;
            changed.add(b.startEpochSecond(i), b.open(i) * m, b.high(i) * m * (i >= cut ? 1.01 : 1.0), b.low(i) * m, b.close(i) * m,
                    i >= cut ? b.volume(i) * 3 + 7 : b.volume(i));
        }
        float[] a = FeatureMatrix.compute(b).data();
        float[] c = FeatureMatrix.compute(changed.build()).data();
        int f = FeatureMatrix.FEATURE_COUNT;
        for (int i = 0; i < cut * f; i++) {
            assertThat(c[i]).isEqualTo(a[i]);
        }
        assertThat(c[cut * f + 1]).isNotEqualTo(a[cut * f + 1]);
    }
}
