package io.deepscalper.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RoundTripTrackerTest {

    @Test
    void splitsFillsIntoRoundTripsIncludingAFlip() {
        RoundTripTracker t = new RoundTripTracker();
        t.onFill(10, 100, 1, 0);
        t.onFill(-10, 101, 1, 5); // -1000 - 1 + 1010 - 1 = +8, held 5 bars
        t.onFill(5, 100, 1, 6);
        t.onFill(-10, 99, 2, 8); // flip: closes 5 (fee 1): -500 - 1 + 495 - 1 = -7; opens short 5 (fee 1)
        t.onFill(5, 98, 1, 10); // +495 - 1 - 490 - 1 = +3
        assertThat(t.trips()).isEqualTo(3);
        assertThat(t.wins()).isEqualTo(2);
        assertThat(t.grossProfit()).isCloseTo(11, within(1e-9));
        assertThat(t.grossLoss()).isCloseTo(7, within(1e-9));
        assertThat(t.holdingBars()).isEqualTo(5 + 2 + 2);
        assertThat(t.position()).isZero();
    }

    @Test
    void scalingInAndOutIsOneTrip() {
        RoundTripTracker t = new RoundTripTracker();
        t.onFill(3, 10, 0, 1);
        t.onFill(2, 11, 0, 2);
        t.onFill(-4, 12, 0, 3);
        assertThat(t.trips()).isZero();
        t.onFill(-1, 9, 0, 7); // -30 - 22 + 48 + 9 = +5
        assertThat(t.trips()).isEqualTo(1);
        assertThat(t.grossProfit()).isCloseTo(5, within(1e-9));
        assertThat(t.holdingBars()).isEqualTo(6);
    }
}
