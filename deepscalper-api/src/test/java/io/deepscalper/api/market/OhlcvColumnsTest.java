package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OhlcvColumnsTest {

    @Test
    void growsPastItsCapacityAndKeepsEveryColumn() {
        OhlcvColumns c = new OhlcvColumns(0);
        for (int i = 0; i < 100; i++) {
            c.add(60L * i, 10 + i, 12 + i, 9 + i, 11 + i, i);
        }
        assertThat(c.size()).isEqualTo(100);
        assertThat(c.start(99)).isEqualTo(5940);
        assertThat(new double[] {c.open(99), c.high(99), c.low(99), c.close(99), c.volume(99)})
                .containsExactly(109, 111, 108, 110, 99);
    }

    @Test
    void holdsInvalidBarsUntilTheyAreTurnedIntoASeries() {
        OhlcvColumns c = new OhlcvColumns(4).add(0, Double.NaN, 1, 1, 1, 1);
        assertThat(c.open(0)).isNaN();
        assertThatThrownBy(() -> c.toSeries("SPY")).isInstanceOf(InvalidBarException.class);

        c.set(0, 0, 1, 1, 1, 1, 1);
        BarSeries s = c.toSeries("SPY");
        assertThat(s.symbol()).isEqualTo("SPY");
        assertThat(s.open(0)).isEqualTo(1);
        assertThatThrownBy(() -> c.set(1, 0, 1, 1, 1, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class);

        OhlcvColumns copy = new OhlcvColumns(1).add(c, 0);
        assertThat(copy.size()).isEqualTo(1);
        assertThat(copy.close(0)).isEqualTo(1);
    }

    @Test
    void theSeriesIsACopy() {
        OhlcvColumns c = new OhlcvColumns(4).add(0, 1, 2, 1, 2, 5);
        BarSeries s = c.toSeries("SPY");
        c.set(0, 0, 3, 4, 3, 4, 5);
        assertThat(s.close(0)).isEqualTo(2);
    }
}
