package io.deepscalper.data.synthetic;

import io.deepscalper.api.spi.DataSourceOptions;
import io.deepscalper.api.spi.InvalidDataSourceOptionException;
import java.util.Set;

/**
 * Parameters of the synthetic intraday market, read from {@link DataSourceOptions}. Every field has a
 * default, so the {@code synthetic} source works out of the box.
 *
 * @param seed               drives every random number; the same seed gives the same bars
 * @param dailyVolatility    standard deviation of a session's log return, e.g. 0.012 (1.2 %)
 * @param correlation        correlation of any two symbols' returns through a shared market factor, [0, 1)
 * @param uShape             extra volatility and volume at the open and close: the multiplier at the
 *                           session's ends is {@code 1 + uShape} against 1 at midday
 * @param jumpProbability    chance per bar of a market-wide jump and, separately, of an own jump
 * @param jumpSize           standard deviation of a jump's log return
 * @param signal             planted learnable signal: the AR(1) coefficient of a symbol's 1-minute
 *                           returns (momentum when positive); 0 means none, must be in (-1, 1)
 * @param baseVolume         average volume per bar at midday
 * @param tick               price grid; prices are rounded to it
 */
public record SyntheticModel(long seed, double dailyVolatility, double correlation, double uShape,
                             double jumpProbability, double jumpSize, double signal, double baseVolume,
                             double tick) {
    /** Option names accepted by the {@code synthetic} source (plus {@code symbols}). */
    public static final Set<String> OPTIONS = Set.of("seed", "dailyVolatility", "correlation", "uShape",
            "jumpProbability", "jumpSize", "signal", "baseVolume", "tick");

    /** Validates every parameter with a message naming it. */
    public SyntheticModel {
        check(dailyVolatility > 0 && dailyVolatility < 0.5, "dailyVolatility", dailyVolatility, "in (0, 0.5)");
        check(correlation >= 0 && correlation < 1, "correlation", correlation, "in [0, 1)");
        check(uShape >= 0 && uShape <= 10, "uShape", uShape, "in [0, 10]");
        check(jumpProbability >= 0 && jumpProbability <= 0.1, "jumpProbability", jumpProbability, "in [0, 0.1]");
        check(jumpSize >= 0 && jumpSize < 0.2, "jumpSize", jumpSize, "in [0, 0.2)");
        check(signal > -1 && signal < 1, "signal", signal, "in (-1, 1)");
        check(baseVolume >= 1, "baseVolume", baseVolume, ">= 1");
        check(tick > 0 && tick <= 1, "tick", tick, "in (0, 1]");
    }

    /** @return the defaults: seed 42, 1.2 % daily volatility, correlation 0.6, no planted signal */
    public static SyntheticModel defaults() {
        return new SyntheticModel(42, 0.012, 0.6, 2.0, 0.001, 0.004, 0.0, 20_000, 0.01);
    }

    /** @return the defaults overridden by {@code options} */
    public static SyntheticModel from(DataSourceOptions o) {
        SyntheticModel d = defaults();
        return new SyntheticModel(o.getLong("seed", d.seed), o.getDouble("dailyVolatility", d.dailyVolatility),
                o.getDouble("correlation", d.correlation), o.getDouble("uShape", d.uShape),
                o.getDouble("jumpProbability", d.jumpProbability), o.getDouble("jumpSize", d.jumpSize),
                o.getDouble("signal", d.signal), o.getDouble("baseVolume", d.baseVolume), o.getDouble("tick", d.tick));
    }

    private static void check(boolean ok, String name, double value, String range) {
        if (!ok) {
            throw new InvalidDataSourceOptionException("synthetic option '" + name + "' must be " + range
                    + " but was " + value);
        }
    }
}
