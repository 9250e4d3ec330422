package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.market.BarSeries;
import java.util.SplittableRandom;

/**
 * Runs random actions through every session of an environment and checks, at every step, the
 * accounting and execution invariants of docs/environment.md. Shared by the synthetic-bar and the
 * real-bar property tests.
 */
final class EnvironmentInvariants {
    private EnvironmentInvariants() {
    }

    /** @return the number of fills seen, so a caller can assert the run was not vacuous */
    static int check(TradingEnvironment env, long actionSeed) {
        int fills = 0;
        EnvConfig c = env.config();
        BarSeries bars = env.series().bars();
        double slip = c.slippageBps() / 10_000;
        SplittableRandom rnd = new SplittableRandom(actionSeed);
        for (int s = 0; s < env.series().sessions().size(); s++) {
            env.reset(s);
            double rewardSum = 0;
            while (!env.done()) {
                double cashBefore = env.cash();
                long posBefore = env.position();
                env.step(rnd.nextInt(c.actionCount()));
                rewardSum += env.reward();
                int next = env.lastDecisionBar() + 1;
                long order = env.orderShares();
                long fill = env.fillShares();
                double l = env.limitPrice();
                double open = bars.open(next);
                if (fill != 0) {
                    fills++;
                    assertThat(Long.signum(fill)).as("fills trade in the order's direction").isEqualTo(Long.signum(order));
                    assertThat(Math.abs(fill)).isLessThanOrEqualTo(Math.abs(order));
                    double px = env.fillPrice();
                    double equityAtFill = cashBefore + posBefore * px;
                    long after = posBefore + fill;
                    double cap = Math.floor(c.maxPositionPct() * equityAtFill / px);
                    if (Math.abs(after) > cap + 1e-9) {
                        // a position bought under the cap can exceed it later when the price moves; a fill may
                        // then only reduce it, never add to it or flip it
                        assertThat(Long.signum(after)).as("a fill beyond the cap does not flip the position")
                                .isEqualTo(Long.signum(posBefore));
                        assertThat(Math.abs(after)).as("a fill beyond the position cap only reduces exposure")
                                .isLessThan(Math.abs(posBefore));
                    }
                    double cashAfterFill = cashBefore - fill * px - env.fillFee();
                    assertThat(cashAfterFill).as("no borrowing").isGreaterThanOrEqualTo(-1e-6);
                    // short proceeds are bounded by the cap, or by the short already held when the price moved
                    double shortProceedsBound = Math.max(c.maxPositionPct() * equityAtFill, Math.abs(posBefore) * px);
                    assertThat(cashAfterFill).as("cash upper bound")
                            .isLessThanOrEqualTo(equityAtFill + shortProceedsBound + 1e-6);
                    if (c.maxVolumeFraction() != null) {
                        assertThat((double) Math.abs(fill)).isLessThanOrEqualTo(c.maxVolumeFraction() * bars.volume(next));
                    }
                    if (!c.allowShort()) {
                        assertThat(after).isNotNegative();
                    }
                    if (fill > 0) {
                        assertThat(bars.low(next)).as("buy fills only if low <= L").isLessThanOrEqualTo(l);
                        assertThat(px).as("buy price is min(L, open) plus slippage, never better")
                                .isCloseTo(Math.min(l, open) * (1 + slip), within(1e-9));
                    } else {
                        assertThat(bars.high(next)).as("sell fills only if high >= L").isGreaterThanOrEqualTo(l);
                        assertThat(px).as("sell price is max(L, open) minus slippage, never better")
                                .isCloseTo(Math.max(l, open) * (1 - slip), within(1e-9));
                    }
                } else if (order > 0 && bars.low(next) > l) {
                    assertThat(fill).isZero();
                }
                assertThat(env.cash()).as("cash never below zero").isGreaterThanOrEqualTo(-1e-6);
                if (!c.allowShort()) {
                    assertThat(env.cash()).as("long only: cash <= equity").isLessThanOrEqualTo(env.equity() + 1e-6);
                }
                assertThat(env.equity()).isCloseTo(env.cash() + env.position() * bars.close(next), within(1e-6));
            }
            assertThat(env.position()).as("flat at the session's end").isZero();
            double change = (env.equity() - env.startEquity()) / env.startEquity() * c.rewardScale();
            assertThat(rewardSum).as("raw rewards add up to the equity change").isCloseTo(change, within(1e-9));
        }
        return fills;
    }
}
