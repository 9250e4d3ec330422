package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The same invariants as {@link EnvironmentPropertiesTest}, on the real bundled SPY January 2011 minutes. */
class RealBarsPropertiesTest {
    private static final SessionSeries SPY = BundledData.spyJanuary2011();
    private static final FeatureMatrix FEATURES = FeatureMatrix.compute(SPY);

    @Property(tries = 12)
    void accountingCapsAndFillsHoldOnSpy(@ForAll long actionSeed, @ForAll boolean allowShort,
                                         @ForAll boolean volumeCap, @ForAll boolean fees) {
        EnvConfig c = EnvConfig.builder().allowShort(allowShort).maxVolumeFraction(volumeCap ? 0.05 : null)
                .feeRate(fees ? 0.0005 : 0).minFee(fees ? 1 : 0).slippageBps(fees ? 1 : 0).build();
        assertThat(EnvironmentInvariants.check(new TradingEnvironment(SPY, FEATURES, c), actionSeed)).isGreaterThan(100);
    }

    @Property(tries = 12)
    void changingLaterSpyBarsNeverChangesTheObservation(@ForAll long actionSeed,
                                                        @ForAll @IntRange(min = 0, max = 7798) int cut) {
        SessionSeries perturbed = EnvironmentPropertiesTest.perturbAfter(SPY, cut, actionSeed);
        EnvConfig c = EnvConfig.defaults();
        TradingEnvironment a = new TradingEnvironment(SPY, FEATURES, c);
        TradingEnvironment b = new TradingEnvironment(perturbed, c);
        SplittableRandom rnd = new SplittableRandom(actionSeed);
        int session = 0;
        while (SPY.sessions().get(session).end() <= cut) {
            session++;
        }
        a.reset(session);
        b.reset(session);
        while (a.decisionBar() <= cut) {
            assertThat(b.observation()).isEqualTo(a.observation());
            if (a.done()) {
                break;
            }
            int action = rnd.nextInt(c.actionCount());
            a.step(action);
            b.step(action);
        }
        if (cut + 1 < SPY.sessions().get(session).end() && !a.done()) {
            a.step(115);
            b.step(115);
            assertThat(b.observation()).as("the perturbation is visible one bar later").isNotEqualTo(a.observation());
        }
    }
}
