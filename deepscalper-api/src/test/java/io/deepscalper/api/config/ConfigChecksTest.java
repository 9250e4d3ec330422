package io.deepscalper.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ConfigChecksTest {

    @Test
    void messagesNameTheKeyTheRuleAndTheValue() {
        assertThatThrownBy(() -> ConfigChecks.atLeast("train.batchSize", 0, 1))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("train.batchSize must be >= 1 but was 0")
                .satisfies(e -> assertThat(((InvalidConfigException) e).key()).isEqualTo("train.batchSize"));
        assertThatThrownBy(() -> ConfigChecks.positive("env.minTick", -0.5))
                .hasMessage("env.minTick must be finite and > 0 but was -0.5");
        assertThatThrownBy(() -> ConfigChecks.nonNegative("env.feeRate", Double.NaN))
                .hasMessage("env.feeRate must be finite and >= 0 but was NaN");
        assertThatThrownBy(() -> ConfigChecks.inRange("env.lookback", 0, 1, 100_000))
                .hasMessage("env.lookback must be in [1, 100000] but was 0");
        assertThatThrownBy(() -> ConfigChecks.inRange("train.gamma", 1.5, Interval.closedOpen(0, 1)))
                .hasMessage("train.gamma must be in [0, 1) but was 1.5");
        assertThatThrownBy(() -> ConfigChecks.inRange("x.p", 0.25, Interval.open(0.5, 0.75)))
                .hasMessage("x.p must be in (0.5, 0.75) but was 0.25");
        assertThatThrownBy(() -> ConfigChecks.nonBlank("data.source", " "))
                .hasMessage("data.source must be a non-blank text but was ' '");
        assertThatThrownBy(() -> ConfigChecks.notNull("env.auxWindow", null, "FUTURE or PAST"))
                .hasMessage("env.auxWindow must be FUTURE or PAST but was null");
        assertThatThrownBy(() -> ConfigChecks.oneOf("drift.method", "zz", List.of("ks", "psi")))
                .hasMessage("drift.method must be one of [ks, psi] but was 'zz'");
    }

    @Test
    void acceptedValuesComeBackUnchanged() {
        assertThat(ConfigChecks.positive("k", 3L)).isEqualTo(3L);
        assertThat(ConfigChecks.inRange("k", 1.0, Interval.openClosed(0, 1))).isEqualTo(1.0);
        assertThat(ConfigChecks.inRange("k", 0.0, 0, 1)).isZero();
        assertThat(ConfigChecks.nonBlank("k", "csv")).isEqualTo("csv");
        assertThat(ConfigChecks.oneOf("k", "ks", List.of("ks"))).isEqualTo("ks");
    }

    @Test
    void anEmptyIntervalIsABugInTheCaller() {
        assertThatThrownBy(() -> Interval.open(1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(1, 1)");
        assertThat(Interval.closed(2, 2).contains(2)).isTrue();
    }

    @Property
    void everyLongOutsideTheRangeIsRefusedWithTheKey(@ForAll long value, @ForAll @LongRange(min = -1000, max = 1000) long lo,
                                                     @ForAll @LongRange(min = 0, max = 1000) long width) {
        long hi = lo + width;
        if (value >= lo && value <= hi) {
            assertThat(ConfigChecks.inRange("a.b", value, lo, hi)).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> ConfigChecks.inRange("a.b", value, lo, hi))
                    .isInstanceOf(InvalidConfigException.class)
                    .hasMessageStartingWith("a.b must be in [" + lo + ", " + hi + "]")
                    .hasMessageEndingWith("but was " + value);
        }
    }

    @Property
    void everyDoubleOutsideAnIntervalIsRefusedWithTheKey(@ForAll double value, @ForAll boolean loIn,
                                                         @ForAll boolean hiIn) {
        Interval unit = new Interval(0, loIn, 1, hiIn);
        boolean inside = (loIn ? value >= 0 : value > 0) && (hiIn ? value <= 1 : value < 1);
        if (inside) {
            assertThat(ConfigChecks.inRange("c.d", value, unit)).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> ConfigChecks.inRange("c.d", value, unit))
                    .isInstanceOf(InvalidConfigException.class)
                    .hasMessage("c.d must be in " + unit + " but was " + value);
        }
    }

    @Property
    void nothingNonPositiveOrNonFiniteIsPositive(@ForAll double value) {
        Assume.that(!(value > 0 && Double.isFinite(value)));
        assertThatThrownBy(() -> ConfigChecks.positive("e.f", value))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("e.f must be finite and > 0");
    }
}
