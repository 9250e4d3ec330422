package io.deepscalper.paper.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.policy.Policy;
import org.junit.jupiter.api.Test;

/** The order a decision carries is the one the fill model would execute: long only, never a short. */
class DeciderTest {
    private static final BarSeries SPY = BundledData.spyJanuary2011().bars();

    /** Always the lowest quantity bin at the middle price: "sell the cap". */
    private static Policy sellTheCap(EnvConfig config) {
        int middlePrice = config.priceBins() / 2;
        return new Policy() {
            @Override
            public int act(DecisionContext context) {
                return middlePrice * config.quantityBins();
            }

            @Override
            public String name() {
                return "sell-the-cap";
            }
        };
    }

    private static Decision decideOnce(EnvConfig config, long position) {
        MarketView view = new MarketView("SPY", config, SPY.slice(0, 200));
        view.add(SPY.bar(200));
        double close = SPY.bar(200).close();
        return new Decider(sellTheCap(config), config, "test")
                .decide(view, new AccountState(100_000 - position * close, position), 100, 389, true);
    }

    @Test
    void longOnlyTheCapSellIsCutToTheSharesHeld() {
        EnvConfig longOnly = EnvConfig.defaults().toBuilder().quantityBins(3).build();
        assertThat(decideOnce(longOnly, 1).shares()).isEqualTo(-1);
        assertThat(decideOnce(longOnly, 0).shares()).as("flat: nothing to sell, no order").isZero();
        assertThat(decideOnce(longOnly, 300).shares()).isEqualTo(-300);
    }

    @Test
    void withShortingTheCapSellIsSentWhole() {
        EnvConfig shorting = EnvConfig.defaults().toBuilder().quantityBins(3).allowShort(true).build();
        // the whole cap: maxPositionPct * equity / close shares, far more than the one share held
        assertThat(decideOnce(shorting, 1).shares()).isLessThan(-100);
    }
}
