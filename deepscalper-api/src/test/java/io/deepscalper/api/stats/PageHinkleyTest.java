package io.deepscalper.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PageHinkleyTest {

    @Test
    void detectsADropInTheMeanSoonAfterItHappens() {
        PageHinkley ph = new PageHinkley(0.005, 0.5, 20);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            assertThat(ph.update(0.01 + 0.01 * rnd.nextGaussian())).as("stationary value %d", i)
                    .isEqualTo(PageHinkley.Change.NONE);
        }
        int detectedAt = -1;
        for (int i = 0; i < 200 && detectedAt < 0; i++) {
            if (ph.update(-0.02 + 0.01 * rnd.nextGaussian()) == PageHinkley.Change.DECREASE) {
                detectedAt = i;
            }
        }
        assertThat(detectedAt).isBetween(0, 40);
        assertThat(ph.detections()).isEqualTo(1);
        assertThat(ph.count()).as("resets after an alarm").isZero();
    }

    @Test
    void detectsAnIncrease() {
        PageHinkley ph = new PageHinkley(0.0, 1.0, 5);
        for (int i = 0; i < 50; i++) {
            ph.update(0.0);
        }
        PageHinkley.Change seen = PageHinkley.Change.NONE;
        for (int i = 0; i < 50 && seen == PageHinkley.Change.NONE; i++) {
            seen = ph.update(1.0);
        }
        assertThat(seen).isEqualTo(PageHinkley.Change.INCREASE);
    }

    @Test
    void noAlarmBeforeMinSamples() {
        PageHinkley ph = new PageHinkley(0.0, 0.1, 10);
        ph.update(0);
        for (int i = 0; i < 8; i++) {
            assertThat(ph.update(-100)).isEqualTo(PageHinkley.Change.NONE);
        }
    }

    @Test
    void rejectsBadConfigurationAndNonFiniteValues() {
        assertThatThrownBy(() -> new PageHinkley(-1, 1, 1)).hasMessageContaining("delta");
        assertThatThrownBy(() -> new PageHinkley(0, 0, 1)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> new PageHinkley(0, 1, 0)).hasMessageContaining("minSamples");
        assertThatThrownBy(() -> new PageHinkley(0, 1, 1).update(Double.NaN)).hasMessageContaining("finite");
    }
}
