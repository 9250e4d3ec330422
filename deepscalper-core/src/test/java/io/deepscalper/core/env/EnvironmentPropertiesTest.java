package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.policy.MomentumPolicy;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** jqwik properties over random actions on synthetic bars (real bars: {@code RealBarsPropertiesTest}). */
class EnvironmentPropertiesTest {

    @Property(tries = 60)
    void accountingCapsAndFillsHoldForRandomActions(@ForAll long barSeed, @ForAll long actionSeed,
                                                    @ForAll boolean allowShort, @ForAll boolean volumeCap,
                                                    @ForAll @DoubleRange(min = 0.05, max = 1.0) double maxPositionPct,
                                                    @ForAll @DoubleRange(min = 0, max = 0.002) @Scale(6) double feeRate,
                                                    @ForAll @DoubleRange(min = 0, max = 5) double minFee,
                                                    @ForAll @DoubleRange(min = 0, max = 20) double slippageBps,
                                                    @ForAll @DoubleRange(min = 20, max = 400) double startPrice) {
        SessionSeries s = SyntheticSessions.generate(barSeed, 3, 80, startPrice);
        EnvConfig c = EnvConfig.builder().lookback(16).allowShort(allowShort).maxVolumeFraction(volumeCap ? 0.01 : null)
                .maxPositionPct(maxPositionPct).feeRate(feeRate).minFee(minFee).slippageBps(slippageBps)
                .initialCash(50_000).rewardScale(100).build();
        assertThat(EnvironmentInvariants.check(new TradingEnvironment(s, c), actionSeed)).isPositive();
    }

    @Property(tries = 40)
    void changingBarTPlusOneOrLaterNeverChangesTheObservationAtT(@ForAll long barSeed, @ForAll long actionSeed,
                                                                 @ForAll @IntRange(min = 0, max = 238) int cut,
                                                                 @ForAll boolean allowShort) {
        SessionSeries original = SyntheticSessions.generate(barSeed, 3, 80, 100);
        SessionSeries perturbed = perturbAfter(original, cut, barSeed ^ 0x5DEECE66DL);
        EnvConfig c = EnvConfig.builder().lookback(30).allowShort(allowShort).build();
        TradingEnvironment a = new TradingEnvironment(original, c);
        TradingEnvironment b = new TradingEnvironment(perturbed, c);
        MomentumPolicy momentum = new MomentumPolicy(5);
        SplittableRandom rnd = new SplittableRandom(actionSeed);
        for (int s = 0; s < original.sessions().size(); s++) {
            a.reset(s);
            b.reset(s);
            while (a.decisionBar() <= cut) {
                assertThat(b.observation()).as("observation at bar %d", a.decisionBar()).isEqualTo(a.observation());
                assertThat(momentum.act(b)).isEqualTo(momentum.act(a));
                if (a.done()) {
                    break;
                }
                int action = rnd.nextInt(c.actionCount());
                a.step(action);
                b.step(action);
            }
        }
    }

    /** Multiplies every price of bars {@code > cut} by its own random factor and redraws their volume. */
    static SessionSeries perturbAfter(SessionSeries series, int cut, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BarSeries b = series.bars();
        BarSeries.Builder out = BarSeries.builder(b.symbol());
        for (int i = 0; i < b.size(); i++) {
            if (i <= cut) {
                out.add(b.startEpochSecond(i), b.open(i), b.high(i), b.low(i), b.close(i), b.volume(i));
            } else {
                double f = 0.97 + 0.06 * rnd.nextDouble();
                double wick = 1 + 0.002 * rnd.nextDouble();
                out.add(b.startEpochSecond(i), b.open(i) * f, b.high(i) * f * wick, b.low(i) * f / wick,
                        b.close(i) * f, Math.floor(rnd.nextDouble() * 50_000));
            }
        }
        return new SessionSeries(out.build(), series.sessions());
    }
}
