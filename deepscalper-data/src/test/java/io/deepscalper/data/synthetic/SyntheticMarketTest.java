package io.deepscalper.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.UnknownSymbolException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the documented properties of the simulator on 40 sessions of 1-minute bars. */
class SyntheticMarketTest {
    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-02-27T00:00:00Z");

    private static DataSource source(Map<String, String> options) {
        return new SyntheticDataSource().configure(ProviderOptions.of(options));
    }

    @Test
    void sameSeedSameBarsAndOtherSeedOtherBars() {
        BarSeries a = source(Map.of("seed", "1")).fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO);
        BarSeries b = source(Map.of("seed", "1")).fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO);
        BarSeries c = source(Map.of("seed", "2")).fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO);
        assertThat(a).isEqualTo(b);
        assertThat(a.closeColumn()).isNotEqualTo(c.closeColumn());
        // 2024-01-01, 01-15 and 02-19 are NYSE holidays
        assertThat(a.size()).isEqualTo((41 - 3) * 390);
    }

    @Test
    void volatilityAndVolumeAreUShaped() {
        BarSeries s = source(Map.of()).fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO);
        double[] absRet = new double[390];
        double[] vol = new double[390];
        for (int i = 1; i < s.size(); i++) {
            int minute = i % 390;
            if (minute == 0) {
                continue;
            }
            absRet[minute] += Math.abs(Math.log(s.close(i) / s.close(i - 1)));
            vol[minute] += s.volume(i);
        }
        double edgeRet = mean(absRet, 1, 31) + mean(absRet, 360, 390);
        double midRet = 2 * mean(absRet, 180, 210);
        assertThat(edgeRet).isGreaterThan(1.8 * midRet);
        assertThat(mean(vol, 1, 31) + mean(vol, 360, 390)).isGreaterThan(1.8 * 2 * mean(vol, 180, 210));
    }

    @Test
    void symbolsAreCorrelatedAsConfigured() {
        DataSource src = source(Map.of("correlation", "0.6", "jumpProbability", "0"));
        double[] x = minuteReturns(src.fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO));
        double[] y = minuteReturns(src.fetch("BBB", BarInterval.ONE_MINUTE, FROM, TO));
        assertThat(correlation(x, y)).isBetween(0.5, 0.7);
        DataSource independent = source(Map.of("correlation", "0"));
        assertThat(Math.abs(correlation(minuteReturns(independent.fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO)),
                minuteReturns(independent.fetch("BBB", BarInterval.ONE_MINUTE, FROM, TO))))).isLessThan(0.1);
    }

    @Test
    void jumpsFattenTheTails() {
        double without = kurtosis(minuteReturns(source(Map.of("jumpProbability", "0"))
                .fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO)));
        double with = kurtosis(minuteReturns(source(Map.of("jumpProbability", "0.01", "jumpSize", "0.005"))
                .fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO)));
        assertThat(with).isGreaterThan(without + 5);
    }

    @Test
    void plantedSignalIsLearnableMomentum() {
        double none = lag1(minuteReturns(source(Map.of()).fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO)));
        double planted = lag1(minuteReturns(source(Map.of("signal", "0.3", "jumpProbability", "0"))
                .fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO)));
        assertThat(Math.abs(none)).isLessThan(0.05);
        assertThat(planted).isBetween(0.2, 0.4);
    }

    @Test
    void coarserIntervalsAggregateTheMinutePath() {
        DataSource src = source(Map.of());
        Instant from = Instant.parse("2024-03-04T14:30:00Z");
        Instant to = Instant.parse("2024-03-04T21:00:00Z");
        BarSeries m1 = src.fetch("AAA", BarInterval.ONE_MINUTE, from, to);
        BarSeries m5 = src.fetch("AAA", BarInterval.FIVE_MINUTES, from, to);
        assertThat(m5.size()).isEqualTo(78);
        assertThat(m5.open(1)).isEqualTo(m1.open(5));
        assertThat(m5.close(1)).isEqualTo(m1.close(9));
        assertThat(m5.volume(1)).isEqualTo(m1.volume(5) + m1.volume(6) + m1.volume(7) + m1.volume(8) + m1.volume(9));
    }

    @Test
    void followsTheNyseCalendarWithHalfDays() {
        DataSource src = source(Map.of());
        BarSeries thanksgivingWeek = src.fetch("AAA", BarInterval.ONE_MINUTE, Instant.parse("2023-11-22T00:00:00Z"),
                Instant.parse("2023-11-25T00:00:00Z"));
        // Wednesday full day, Thursday closed, Friday closes at 13:00
        assertThat(thanksgivingWeek.size()).isEqualTo(390 + 210);
        assertThat(thanksgivingWeek.start(thanksgivingWeek.size() - 1)).isEqualTo(Instant.parse("2023-11-24T17:59:00Z"));
    }

    @Test
    void restrictedSymbolListAndBadOptionsFailClearly() {
        DataSource src = source(Map.of("symbols", "aaa, bbb"));
        assertThat(src.fetch("AAA", BarInterval.ONE_MINUTE, FROM, TO).isEmpty()).isFalse();
        assertThatThrownBy(() -> src.fetch("CCC", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("AAA");
        assertThatThrownBy(() -> source(Map.of("correlation", "1.5")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("synthetic.correlation must be in [0, 1)");
    }

    static double[] minuteReturns(BarSeries s) {
        double[] r = new double[s.size() - 1];
        int n = 0;
        for (int i = 1; i < s.size(); i++) {
            if (s.startEpochSecond(i) - s.startEpochSecond(i - 1) == 60) {
                r[n++] = Math.log(s.close(i) / s.close(i - 1));
            }
        }
        return java.util.Arrays.copyOf(r, n);
    }

    private static double mean(double[] a, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += a[i];
        }
        return s / (to - from);
    }

    private static double correlation(double[] x, double[] y) {
        int n = Math.min(x.length, y.length);
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double lag1(double[] r) {
        return correlation(java.util.Arrays.copyOfRange(r, 0, r.length - 1), java.util.Arrays.copyOfRange(r, 1, r.length));
    }

    private static double kurtosis(double[] r) {
        double m = 0;
        for (double x : r) {
            m += x;
        }
        m /= r.length;
        double m2 = 0;
        double m4 = 0;
        for (double x : r) {
            double d = x - m;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= r.length;
        m4 /= r.length;
        return m4 / (m2 * m2);
    }
}
