package io.deepscalper.data.synthetic;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.Interval;
import io.deepscalper.api.spi.ProviderOptions;
import java.util.Set;

/**
 * Parameters of the synthetic intraday market, read from {@link ProviderOptions}. Every field has a
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
        ConfigChecks.inRange("synthetic.dailyVolatility", dailyVolatility, Interval.open(0, 0.5));
        ConfigChecks.inRange("synthetic.correlation", correlation, Interval.closedOpen(0, 1));
        ConfigChecks.inRange("synthetic.uShape", uShape, 0, 10);
        ConfigChecks.inRange("synthetic.jumpProbability", jumpProbability, 0, 0.1);
        ConfigChecks.inRange("synthetic.jumpSize", jumpSize, Interval.closedOpen(0, 0.2));
        ConfigChecks.inRange("synthetic.signal", signal, Interval.open(-1, 1));
        ConfigChecks.require(baseVolume >= 1, "synthetic.baseVolume", baseVolume, ">= 1");
        ConfigChecks.inRange("synthetic.tick", tick, Interval.openClosed(0, 1));
    }

    /** @return the defaults: seed 42, 1.2 % daily volatility, correlation 0.6, no planted signal */
    public static SyntheticModel defaults() {
        return new SyntheticModel(42, 0.012, 0.6, 2.0, 0.001, 0.004, 0.0, 20_000, 0.01);
    }

    /** @return the defaults overridden by {@code options} */
    public static SyntheticModel from(ProviderOptions o) {
        SyntheticModel d = defaults();
        return new SyntheticModel(o.getLong("seed", d.seed), o.getDouble("dailyVolatility", d.dailyVolatility),
                o.getDouble("correlation", d.correlation), o.getDouble("uShape", d.uShape),
                o.getDouble("jumpProbability", d.jumpProbability), o.getDouble("jumpSize", d.jumpSize),
                o.getDouble("signal", d.signal), o.getDouble("baseVolume", d.baseVolume), o.getDouble("tick", d.tick));
    }

}
