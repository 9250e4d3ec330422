package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.features.Indicators;
import io.deepscalper.api.market.SessionSeries;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hand-computed scenarios; tick = minTick = 0.01 (tickAtrFraction 0) so {@code L = close + (p/10 - 1) * 0.05}. */
class TradingEnvironmentTest {
    private static final double EPS = 1e-9;

    private static EnvConfig.Builder base() {
        return EnvConfig.builder().initialCash(10_000).feeRate(0.001).minFee(1.0).slippageBps(0)
                .tickAtrFraction(0).lookback(3);
    }

    /** Rows of {open, high, low, close, volume}. */
    private static SessionSeries bars(double[]... rows) {
        double[][] cols = new double[5][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < 5; c++) {
                cols[c][i] = rows[i][c];
            }
        }
        return SyntheticSessions.of(cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    private static final SessionSeries UP = bars(
            new double[] {100, 100, 100, 100, 1000},
            new double[] {99.9, 100.1, 99.8, 100.05, 1000},
            new double[] {100.05, 100.5, 100, 100.4, 1000},
            new double[] {100.4, 100.4, 100.2, 100.3, 1000});

    @Test
    void buyFillsAtTheOpenWhenTheBarOpensBelowTheLimitAndTheEpisodeLiquidatesAtTheClose() {
        TradingEnvironment env = new TradingEnvironment(UP, base().build());
        env.reset(0);
        assertThat(env.done()).isFalse();
        assertThat(env.decisionBar()).isZero();
        env.step(20, 10); // L = 100.05, change +100 shares
        assertThat(env.limitPrice()).isCloseTo(100.05, within(EPS));
        assertThat(env.orderShares()).isEqualTo(100);
        assertThat(env.fillShares()).isEqualTo(100);
        assertThat(env.fillPrice()).isCloseTo(99.9, within(EPS));
        assertThat(env.fillFee()).isCloseTo(9.99, within(EPS));
        assertThat(env.cash()).isCloseTo(0.01, within(1e-6));
        assertThat(env.equity()).isCloseTo(10_005.01, within(1e-6));
        assertThat(env.reward()).isCloseTo(5.01 / 10_000, within(1e-10));
        // hindsight: w * (close_3 - close_0) * 100 shares / E_0
        assertThat(env.shapedReward()).isCloseTo(5.01 / 10_000 + 0.5 * 0.3 * 100 / 10_000, within(1e-10));
        assertThat(env.lastDecisionBar()).isZero();
        assertThat(env.previousPositionFraction()).isZero();
        assertThat(env.previousCashOverEquity()).isEqualTo(1f);
        assertThat(env.previousSessionTimeLeft()).isEqualTo(1f);
        assertThat(env.positionFraction()).isCloseTo((float) (100 / (10_005.01 / 100.05)), within(1e-6f));
        assertThat(env.sessionTimeLeft()).isCloseTo(2f / 3, within(1e-6f));

        env.step(10, 5); // no order
        assertThat(env.orderShares()).isZero();
        assertThat(env.fillShares()).isZero();
        assertThat(env.fillPrice()).isNaN();
        assertThat(env.reward()).isCloseTo(35.0 / 10_000, within(1e-10));
        assertThat(env.done()).isFalse();

        env.step(10, 5); // reaches the last bar: liquidation at 100.3, fee max(1, 10.03)
        assertThat(env.done()).isTrue();
        assertThat(env.liquidationShares()).isEqualTo(-100);
        assertThat(env.liquidationPrice()).isEqualTo(100.3);
        assertThat(env.liquidationFee()).isCloseTo(10.03, within(1e-9));
        assertThat(env.position()).isZero();
        assertThat(env.equity()).isCloseTo(10_019.98, within(1e-6));
        assertThat(env.cash()).isEqualTo(env.equity());
        assertThat(env.sessionTimeLeft()).isZero();
        assertThatThrownBy(() -> env.step(0, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is done; call reset");
    }

    @Test
    void buyFillsAtTheLimitWhenTheBarTradesDownToIt() {
        SessionSeries s = bars(new double[] {100, 100, 100, 100, 1000}, new double[] {100, 100.1, 99.94, 100, 1000},
                new double[] {100, 100, 100, 100, 1000});
        TradingEnvironment env = new TradingEnvironment(s, base().build());
        env.reset(0);
        env.step(0, 10); // L = 99.95 <= open 100, low 99.94 reaches it
        assertThat(env.fillShares()).isPositive();
        assertThat(env.fillPrice()).isCloseTo(99.95, within(EPS));
    }

    @Test
    void buyNeverFillsWhenTheNextLowIsAboveTheLimit() {
        SessionSeries s = bars(new double[] {100, 100, 100, 100, 1000}, new double[] {100, 100.1, 99.96, 100, 1000},
                new double[] {100, 100, 100, 100, 1000});
        TradingEnvironment env = new TradingEnvironment(s, base().build());
        env.reset(0);
        env.step(0, 10); // L = 99.95 < low 99.96
        assertThat(env.orderShares()).isEqualTo(100);
        assertThat(env.fillShares()).isZero();
        assertThat(env.equity()).isEqualTo(10_000);
        assertThat(env.reward()).isZero();
    }

    @Test
    void sellFillsAtTheLimitOrTheOpenWhicheverIsHigher() {
        SessionSeries s = bars(new double[] {100, 100, 100, 100, 1000}, new double[] {99.9, 100.1, 99.8, 100, 1000},
                new double[] {99.9, 100.2, 99.9, 100.1, 1000}, new double[] {100.3, 100.3, 100, 100, 1000},
                new double[] {100, 100, 100, 100, 1000});
        TradingEnvironment env = new TradingEnvironment(s, base().build());
        env.reset(0);
        env.step(20, 10); // buys 100 at 99.9
        assertThat(env.position()).isEqualTo(100);
        env.step(20, 0); // L = 100.05 > open 99.9, high 100.2 reaches it: sells at L
        assertThat(env.fillShares()).isEqualTo(-100);
        assertThat(env.fillPrice()).isCloseTo(100.05, within(EPS));
        env.step(20, 10); // buys again at min(L=100.15, open 100.3)=100.15
        assertThat(env.fillPrice()).isCloseTo(100.15, within(EPS));
        long held = env.position();
        env.step(0, 0); // L = 99.95 < open 100: sells at the open; also the last bar
        assertThat(env.fillShares()).isEqualTo(-held);
        assertThat(env.fillPrice()).isCloseTo(100.0, within(EPS));
        assertThat(env.liquidationShares()).isZero();
    }

    @Test
    void slippageMovesThePriceAgainstTheTraderAndTheMinimumFeeApplies() {
        TradingEnvironment env = new TradingEnvironment(UP, base().slippageBps(10).feeRate(0.0001).build());
        env.reset(0);
        env.step(20, 6); // change +0.2 * 100 = 20 shares
        assertThat(env.fillShares()).isEqualTo(20);
        assertThat(env.fillPrice()).isCloseTo(99.9 * 1.001, within(EPS));
        assertThat(env.fillFee()).isEqualTo(1.0); // 0.0001 * 2000 < minFee
    }

    @Test
    void positionCapHoldsWhenAskingForMore() {
        SessionSeries s = bars(new double[] {100, 100, 100, 100, 1000}, new double[] {100, 100, 100, 100, 1000},
                new double[] {100, 100, 100, 100, 1000}, new double[] {100, 100, 100, 100, 1000});
        TradingEnvironment env = new TradingEnvironment(s, base().feeRate(0).minFee(0).maxPositionPct(0.5).build());
        env.reset(0);
        env.step(10, 10); // 0.5 * 10000 / 100 = 50 shares
        assertThat(env.position()).isEqualTo(50);
        env.step(10, 10); // asks +50 more, cap allows none
        assertThat(env.orderShares()).isEqualTo(50);
        assertThat(env.fillShares()).isZero();
        assertThat(env.position()).isEqualTo(50);
    }

    @Test
    void volumeCapMakesTheFillPartial() {
        SessionSeries s = bars(new double[] {100, 100, 100, 100, 1000}, new double[] {100, 100, 100, 100, 300},
                new double[] {100, 100, 100, 100, 1000});
        TradingEnvironment env = new TradingEnvironment(s, base().maxVolumeFraction(0.1).build());
        env.reset(0);
        env.step(10, 10);
        assertThat(env.orderShares()).isEqualTo(100);
        assertThat(env.fillShares()).isEqualTo(30);
    }

    @Test
    void shortingIsOffByDefaultAndCappedWhenOn() {
        SessionSeries s = bars(new double[] {100, 100, 100, 100, 1000}, new double[] {100, 100, 100, 100, 1000},
                new double[] {99, 99, 99, 99, 1000});
        TradingEnvironment longOnly = new TradingEnvironment(s, base().build());
        longOnly.reset(0);
        longOnly.step(10, 0);
        assertThat(longOnly.orderShares()).isEqualTo(-100);
        assertThat(longOnly.fillShares()).isZero();

        TradingEnvironment shorting = new TradingEnvironment(s, base().feeRate(0).minFee(0).allowShort(true).build());
        shorting.reset(0);
        shorting.step(10, 0);
        assertThat(shorting.fillShares()).isEqualTo(-100);
        assertThat(shorting.cash()).isCloseTo(20_000, within(EPS));
        assertThat(shorting.positionFraction()).isEqualTo(-1f);
        shorting.step(10, 5);
        // short 100 from 100, covered at the close 99: +100
        assertThat(shorting.done()).isTrue();
        assertThat(shorting.liquidationShares()).isEqualTo(100);
        assertThat(shorting.equity()).isCloseTo(10_100, within(1e-9));
    }

    @Test
    void auxTargetIsTheStdOfFutureOrPastLogReturns() {
        double r1 = Math.log(100.05 / 100);
        double r2 = Math.log(100.4 / 100.05);
        double r3 = Math.log(100.3 / 100.4);
        TradingEnvironment future = new TradingEnvironment(UP, base().auxHorizon(30).build());
        future.reset(0);
        future.step(10, 5);
        assertThat(future.auxTarget()).isCloseTo(1000 * populationStd(r1, r2, r3), within(1e-9));
        assertThat(future.auxTarget(3)).isZero(); // nothing after the last bar

        TradingEnvironment past = new TradingEnvironment(UP, base().auxHorizon(2).auxWindow(AuxWindow.PAST).build());
        past.reset(0);
        past.step(10, 5);
        past.step(10, 5);
        assertThat(past.lastDecisionBar()).isEqualTo(1);
        assertThat(past.auxTarget()).isCloseTo(1000 * populationStd(r1), within(1e-9));
        assertThat(past.auxTarget(2)).isCloseTo(1000 * populationStd(r1, r2), within(1e-9));
    }

    private static double populationStd(double... x) {
        double m = Arrays.stream(x).average().orElse(0);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / x.length);
    }

    @Test
    void tickFollowsTheAtrWhenItIsLargerThanTheMinimum() {
        TradingEnvironment env = new TradingEnvironment(UP, base().tickAtrFraction(0.05).build());
        env.reset(0);
        env.step(20, 5);
        double tick = Math.max(0.01, 0.05 * Indicators.atr(UP.bars(), 14)[0]);
        assertThat(env.limitPrice()).isCloseTo(100 + 5 * tick, within(EPS));
    }

    @Test
    void aOneBarSessionIsDoneAtReset() {
        TradingEnvironment env = new TradingEnvironment(bars(new double[] {100, 100, 100, 100, 1000}), base().build());
        env.reset(0);
        assertThat(env.done()).isTrue();
        assertThat(env.sessionTimeLeft()).isZero();
        assertThat(env.equity()).isEqualTo(10_000);
        assertThatThrownBy(() -> env.step(0, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void misuseGetsClearMessages() {
        TradingEnvironment env = new TradingEnvironment(UP, base().build());
        assertThatThrownBy(() -> env.step(0, 0)).hasMessageContaining("call reset(session) before step");
        env.reset(0);
        assertThatThrownBy(() -> env.step(21, 0)).hasMessageContaining("price in [0, 21)");
        assertThatThrownBy(() -> env.step(231)).hasMessageContaining("packed action must be in [0, 231)");
        assertThatThrownBy(() -> env.reset(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> env.reset(0, Double.NaN)).hasMessageContaining("starting cash");
        assertThatThrownBy(() -> env.close(-1)).hasMessageContaining("no look-ahead");
    }

    @Test
    void aStepDoesNotAllocate() {
        SessionSeries s = SyntheticSessions.generate(5, 4, 390, 100);
        TradingEnvironment env = new TradingEnvironment(s, EnvConfig.defaults());
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        int[] actions = new int[4096];
        for (int i = 0; i < actions.length; i++) {
            actions[i] = rnd.nextInt(231);
        }
        Runnable loop = () -> {
            int session = 0;
            env.reset(session);
            for (int i = 0; i < 200_000; i++) {
                if (env.done()) {
                    session = (session + 1) % 4;
                    env.reset(session);
                }
                env.step(actions[i & 4095]);
            }
        };
        loop.run(); // warm up: class loading and JIT
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled(), "this JVM does not count allocated bytes");
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        loop.run();
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        // 200k steps: a single object per step would be >= 3.2 MB; allow the measurement's own few bytes
        assertThat(allocated).isLessThan(4096);
    }
}
