package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.features.FeatureMatrix;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ObservationsTest {
    private final FeatureMatrix features = FeatureMatrix.compute(SyntheticSessions.generate(1, 2, 50, 100));
    private final int f = FeatureMatrix.FEATURE_COUNT;

    @Test
    void windowEndsAtTheDecisionBarOldestRowFirstThenPrivateState() {
        int lookback = 10;
        float[] dst = new float[5 + Observations.size(f, lookback)];
        Observations.write(features, 55, lookback, 0.25f, 0.75f, 0.5f, dst, 5);
        float[] data = features.data();
        for (int r = 0; r < lookback; r++) {
            int bar = 46 + r; // reaches into the first session (bars 0..49)
            assertThat(Arrays.copyOfRange(dst, 5 + r * f, 5 + (r + 1) * f))
                    .containsExactly(Arrays.copyOfRange(data, bar * f, (bar + 1) * f));
        }
        int tail = 5 + lookback * f;
        assertThat(dst[tail]).isEqualTo(0.25f);
        assertThat(dst[tail + 1]).isEqualTo(0.75f);
        assertThat(dst[tail + 2]).isEqualTo(0.5f);
        assertThat(Arrays.copyOfRange(dst, 0, 5)).containsOnly(0f);
    }

    @Test
    void beforeTheFirstBarTheFirstRowRepeats() {
        int lookback = 4;
        float[] dst = new float[Observations.size(f, lookback)];
        Observations.write(features, 1, lookback, 0, 1, 1, dst, 0);
        float[] row0 = Arrays.copyOfRange(features.data(), 0, f);
        float[] row1 = Arrays.copyOfRange(features.data(), f, 2 * f);
        assertThat(Arrays.copyOfRange(dst, 0, f)).containsExactly(row0);
        assertThat(Arrays.copyOfRange(dst, f, 2 * f)).containsExactly(row0);
        assertThat(Arrays.copyOfRange(dst, 2 * f, 3 * f)).containsExactly(row0);
        assertThat(Arrays.copyOfRange(dst, 3 * f, 4 * f)).containsExactly(row1);
    }

    @Test
    void rejectsBarsOutsideTheSeriesAndShortBuffers() {
        assertThatThrownBy(() -> Observations.write(features, 100, 3, 0, 0, 0, new float[100], 0))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("bar index 100");
        assertThatThrownBy(() -> Observations.write(features, 10, 3, 0, 0, 0, new float[10], 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
