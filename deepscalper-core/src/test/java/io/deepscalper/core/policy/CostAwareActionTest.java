package io.deepscalper.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.TradeCosts;
import org.junit.jupiter.api.Test;

/** The cost-aware greedy rule of {@link DqnPolicy} and the costs it weighs ({@link TradeCosts}). */
class CostAwareActionTest {
    private static final EnvConfig ENV = EnvConfig.builder().rewardScale(100).build();

    @Test
    void costsAreFeePlusSlippageOnTheOrdersNotionalInRewardUnits() {
        double[] c = TradeCosts.perQuantityBin(ENV, 100_000);
        assertThat(c).hasSize(11);
        assertThat(c[5]).isZero();
        // full-size order: notional 100,000, fee max(1, 10) + slippage 5 = 15, times 100 / 100,000
        assertThat(c[10]).isCloseTo(0.015, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c[0]).isEqualTo(c[10]);
        // a fifth of the cap: fee max(1, 2) = 2, slippage 1 -> 3 per 100,000, times 100
        assertThat(c[6]).isCloseTo(0.003, org.assertj.core.data.Offset.offset(1e-12));
        // the minimum fee dominates a small account's small orders
        assertThat(TradeCosts.perQuantityBin(ENV, 1_000)[6]).isCloseTo(100 * (1 + 0.01) / 1_000,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> TradeCosts.perQuantityBin(ENV, 0)).hasMessageContaining("equity must be > 0");
    }

    @Test
    void anOrderIsPlacedOnlyWhenItsAdvantageExceedsItsCost() {
        double[] costs = TradeCosts.perQuantityBin(ENV, 100_000);
        float[] price = new float[21];
        price[20] = 1;
        float[] belowCost = new float[11];
        belowCost[10] = 0.010f; // buy everything: better than no order (0) by less than its cost 0.015
        assertThat(DqnPolicy.costAware(outputs(price, belowCost), costs, 1.0)).isEqualTo(20 * 11 + 5);
        // the plain argmax would buy
        assertThat(DqnPolicy.costAware(outputs(price, belowCost), costs, 0.0)).isEqualTo(20 * 11 + 10);
        float[] aboveCost = belowCost.clone();
        aboveCost[10] = 0.020f;
        assertThat(DqnPolicy.costAware(outputs(price, aboveCost), costs, 1.0)).isEqualTo(20 * 11 + 10);
        // a smaller order whose margin over its own cost is larger wins over the bigger one
        float[] both = aboveCost.clone();
        both[6] = 0.010f; // margin 0.010 - 0.003 = 0.007 > 0.020 - 0.015
        assertThat(DqnPolicy.costAware(outputs(price, both), costs, 1.0)).isEqualTo(20 * 11 + 6);
        // twice the hurdle: the full order (0.020 - 0.030) drops out, the small one (0.010 - 0.006) still clears it
        assertThat(DqnPolicy.costAware(outputs(price, both), costs, 2.0)).isEqualTo(20 * 11 + 6);
        assertThat(DqnPolicy.costAware(outputs(price, both), costs, 4.0)).isEqualTo(20 * 11 + 5);
    }

    private static QOutputs outputs(float[] price, float[] quantity) {
        return new QOutputs(1, price, quantity, new float[1], new float[1]);
    }
}
