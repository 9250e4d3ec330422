package io.deepscalper.core.env;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deepscalper.api.config.ConfigChecks;

/**
 * Every number the trading environment uses (docs/environment.md). Immutable, validated on
 * construction, JSON through Jackson (missing fields take the defaults below, unknown fields are
 * rejected so that a typo never passes silently).
 *
 * @param lookback          bars of features in the observation window (default 120); the window may reach into
 *                          the previous session
 * @param initialCash       cash at the start of an episode, in the quote currency (default 100,000)
 * @param maxPositionPct    position cap as a fraction of equity: {@code |position| <= maxPositionPct * equity / price}
 *                          (default 1.0, range (0, 1]; there is no borrowing, so cash never goes below 0)
 * @param feeRate           fee per fill as a fraction of notional (default 0.0001 = 1 bp)
 * @param minFee            minimum fee per fill in currency (default 1.0); 0 disables it
 * @param slippageBps       slippage in basis points, added to a buy's fill price and taken off a sell's (default 0.5)
 * @param minTick           smallest price step (default 0.01)
 * @param tickAtrFraction   the limit-price step is {@code max(minTick, tickAtrFraction * ATR)} (default 0.05)
 * @param atrPeriod         bars in the ATR behind the price step (default 14)
 * @param priceBins         number of limit-price bins {@code P} (default 21, odd so the middle bin is the close)
 * @param quantityBins      number of quantity bins {@code Q} (default 11, odd so the middle bin is "no order")
 * @param limitOffsetTicks  the outermost price bins lie this many steps from the close (default 5)
 * @param allowShort        whether the position may go below zero (default false)
 * @param maxVolumeFraction optional volume cap: a fill takes at most this fraction of bar t+1's volume, the rest is
 *                          cancelled (default null = no cap; range (0, 1])
 * @param hindsightWeight   weight {@code w} of the hindsight bonus, training only (default 0.5)
 * @param hindsightHorizon  bars {@code h} the hindsight bonus looks ahead, clipped at the session's last bar
 *                          (default 30)
 * @param auxHorizon        bars in the auxiliary volatility window (default 30)
 * @param auxWindow         future (default) or past volatility window
 * @param rewardScale       multiplier on the reward after dividing by the episode's starting equity (default 1.0,
 *                          so the reward is the equity change per unit of starting equity)
 * @param costHurdle        the greedy agent's cost-aware action rule ({@code DqnPolicy}): an order is placed only
 *                          when its quantity Q-value exceeds "no order"'s by more than {@code costHurdle} times the
 *                          order's expected fee and slippage in reward units ({@link TradeCosts}); default 1.0,
 *                          0 turns the rule off (plain argmax)
 */
@JsonDeserialize(builder = EnvConfig.Builder.class)
public record EnvConfig(int lookback, double initialCash, double maxPositionPct, double feeRate, double minFee,
                        double slippageBps, double minTick, double tickAtrFraction, int atrPeriod, int priceBins,
                        int quantityBins, double limitOffsetTicks, boolean allowShort, Double maxVolumeFraction,
                        double hindsightWeight, int hindsightHorizon, int auxHorizon, AuxWindow auxWindow,
                        double rewardScale, double costHurdle) {

    /** Validates every field; see the parameter documentation for the ranges. Keys are {@code env.<field>}. */
    public EnvConfig {
        ConfigChecks.inRange("env.lookback", lookback, 1, 100_000);
        ConfigChecks.positive("env.initialCash", initialCash);
        ConfigChecks.require(maxPositionPct > 0 && maxPositionPct <= 1, "env.maxPositionPct", maxPositionPct,
                "in (0, 1]; the environment does not borrow");
        ConfigChecks.nonNegative("env.feeRate", feeRate);
        ConfigChecks.require(feeRate < 0.1, "env.feeRate", feeRate,
                "below 0.1 (it is a fraction of notional: 0.0001 is 1 bp)");
        ConfigChecks.nonNegative("env.minFee", minFee);
        ConfigChecks.nonNegative("env.slippageBps", slippageBps);
        ConfigChecks.require(slippageBps < 1000, "env.slippageBps", slippageBps, "below 1000 (it is in basis points)");
        ConfigChecks.positive("env.minTick", minTick);
        ConfigChecks.nonNegative("env.tickAtrFraction", tickAtrFraction);
        ConfigChecks.inRange("env.atrPeriod", atrPeriod, 1, 10_000);
        ConfigChecks.inRange("env.priceBins", priceBins, 2, 1001);
        ConfigChecks.inRange("env.quantityBins", quantityBins, 3, 1001);
        ConfigChecks.require(quantityBins % 2 == 1, "env.quantityBins", quantityBins,
                "odd, so that the middle bin means no order");
        ConfigChecks.nonNegative("env.limitOffsetTicks", limitOffsetTicks);
        ConfigChecks.require(maxVolumeFraction == null || (maxVolumeFraction > 0 && maxVolumeFraction <= 1),
                "env.maxVolumeFraction", maxVolumeFraction, "in (0, 1], or null for no volume cap");
        ConfigChecks.nonNegative("env.hindsightWeight", hindsightWeight);
        ConfigChecks.inRange("env.hindsightHorizon", hindsightHorizon, 1, 100_000);
        ConfigChecks.inRange("env.auxHorizon", auxHorizon, 1, 100_000);
        ConfigChecks.notNull("env.auxWindow", auxWindow, "FUTURE or PAST");
        ConfigChecks.positive("env.rewardScale", rewardScale);
        ConfigChecks.inRange("env.costHurdle", costHurdle, 0, 100);
    }

    /** @return the defaults listed on the type */
    public static EnvConfig defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this config's values */
    public Builder toBuilder() {
        return new Builder().lookback(lookback).initialCash(initialCash).maxPositionPct(maxPositionPct)
                .feeRate(feeRate).minFee(minFee).slippageBps(slippageBps).minTick(minTick)
                .tickAtrFraction(tickAtrFraction).atrPeriod(atrPeriod).priceBins(priceBins)
                .quantityBins(quantityBins).limitOffsetTicks(limitOffsetTicks).allowShort(allowShort)
                .maxVolumeFraction(maxVolumeFraction).hindsightWeight(hindsightWeight)
                .hindsightHorizon(hindsightHorizon).auxHorizon(auxHorizon).auxWindow(auxWindow)
                .rewardScale(rewardScale).costHurdle(costHurdle);
    }

    /** @return number of packed actions, {@code priceBins * quantityBins} */
    public int actionCount() {
        return priceBins * quantityBins;
    }

    /** Builder with the documented defaults; {@link #build()} validates. Also Jackson's deserialiser. */
    @JsonPOJOBuilder(withPrefix = "")
    public static final class Builder {
        private int lookback = 120;
        private double initialCash = 100_000;
        private double maxPositionPct = 1.0;
        private double feeRate = 0.0001;
        private double minFee = 1.0;
        private double slippageBps = 0.5;
        private double minTick = 0.01;
        private double tickAtrFraction = 0.05;
        private int atrPeriod = 14;
        private int priceBins = 21;
        private int quantityBins = 11;
        private double limitOffsetTicks = 5;
        private boolean allowShort;
        private Double maxVolumeFraction;
        private double hindsightWeight = 0.5;
        private int hindsightHorizon = 30;
        private int auxHorizon = 30;
        private AuxWindow auxWindow = AuxWindow.FUTURE;
        private double rewardScale = 1.0;
        private double costHurdle = 1.0;

        private Builder() {
        }

        /** @param v see {@link EnvConfig#lookback()} @return this */
        public Builder lookback(int v) {
            lookback = v;
            return this;
        }

        /** @param v see {@link EnvConfig#initialCash()} @return this */
        public Builder initialCash(double v) {
            initialCash = v;
            return this;
        }

        /** @param v see {@link EnvConfig#maxPositionPct()} @return this */
        public Builder maxPositionPct(double v) {
            maxPositionPct = v;
            return this;
        }

        /** @param v see {@link EnvConfig#feeRate()} @return this */
        public Builder feeRate(double v) {
            feeRate = v;
            return this;
        }

        /** @param v see {@link EnvConfig#minFee()} @return this */
        public Builder minFee(double v) {
            minFee = v;
            return this;
        }

        /** @param v see {@link EnvConfig#slippageBps()} @return this */
        public Builder slippageBps(double v) {
            slippageBps = v;
            return this;
        }

        /** @param v see {@link EnvConfig#minTick()} @return this */
        public Builder minTick(double v) {
            minTick = v;
            return this;
        }

        /** @param v see {@link EnvConfig#tickAtrFraction()} @return this */
        public Builder tickAtrFraction(double v) {
            tickAtrFraction = v;
            return this;
        }

        /** @param v see {@link EnvConfig#atrPeriod()} @return this */
        public Builder atrPeriod(int v) {
            atrPeriod = v;
            return this;
        }

        /** @param v see {@link EnvConfig#priceBins()} @return this */
        public Builder priceBins(int v) {
            priceBins = v;
            return this;
        }

        /** @param v see {@link EnvConfig#quantityBins()} @return this */
        public Builder quantityBins(int v) {
            quantityBins = v;
            return this;
        }

        /** @param v see {@link EnvConfig#limitOffsetTicks()} @return this */
        public Builder limitOffsetTicks(double v) {
            limitOffsetTicks = v;
            return this;
        }

        /** @param v see {@link EnvConfig#allowShort()} @return this */
        public Builder allowShort(boolean v) {
            allowShort = v;
            return this;
        }

        /** @param v see {@link EnvConfig#maxVolumeFraction()} @return this */
        public Builder maxVolumeFraction(Double v) {
            maxVolumeFraction = v;
            return this;
        }

        /** @param v see {@link EnvConfig#hindsightWeight()} @return this */
        public Builder hindsightWeight(double v) {
            hindsightWeight = v;
            return this;
        }

        /** @param v see {@link EnvConfig#hindsightHorizon()} @return this */
        public Builder hindsightHorizon(int v) {
            hindsightHorizon = v;
            return this;
        }

        /** @param v see {@link EnvConfig#auxHorizon()} @return this */
        public Builder auxHorizon(int v) {
            auxHorizon = v;
            return this;
        }

        /** @param v see {@link EnvConfig#auxWindow()} @return this */
        public Builder auxWindow(AuxWindow v) {
            auxWindow = v;
            return this;
        }

        /** @param v see {@link EnvConfig#rewardScale()} @return this */
        public Builder rewardScale(double v) {
            rewardScale = v;
            return this;
        }

        /** @param v see {@link EnvConfig#costHurdle()} @return this */
        public Builder costHurdle(double v) {
            costHurdle = v;
            return this;
        }

        /** @return the validated config */
        public EnvConfig build() {
            return new EnvConfig(lookback, initialCash, maxPositionPct, feeRate, minFee, slippageBps, minTick,
                    tickAtrFraction, atrPeriod, priceBins, quantityBins, limitOffsetTicks, allowShort,
                    maxVolumeFraction, hindsightWeight, hindsightHorizon, auxHorizon, auxWindow, rewardScale,
                    costHurdle);
        }
    }
}
