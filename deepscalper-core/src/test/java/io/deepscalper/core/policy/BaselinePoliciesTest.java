package io.deepscalper.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.SyntheticSessions;
import io.deepscalper.core.env.TradingEnvironment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BaselinePoliciesTest {
    private static final int Q = 11;
    private static final int NO_ORDER = Policy.pack(10, 5, Q);

    /** Closes rise for 12 bars, then fall for 12; each bar opens at the previous close, wicks of 0.1. */
    private static TradingEnvironment upThenDown(boolean allowShort) {
        int n = 24;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = i < 12 ? 100 + 0.1 * i : 101.1 - 0.1 * (i - 11);
        }
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = i == 0 ? c[0] : c[i - 1];
            h[i] = Math.max(o[i], c[i]) + 0.1;
            l[i] = Math.min(o[i], c[i]) - 0.1;
        }
        double[] v = new double[n];
        Arrays.fill(v, 1000);
        SessionSeries s = SyntheticSessions.of(o, h, l, c, v);
        TradingEnvironment env = new TradingEnvironment(s, EnvConfig.builder().lookback(5).allowShort(allowShort).build());
        env.reset(0);
        return env;
    }

    @Test
    void flatNeverOrders() {
        TradingEnvironment env = upThenDown(false);
        assertThat(new FlatPolicy().act(env)).isEqualTo(NO_ORDER);
    }

    @Test
    void buyAndHoldBuysTheMaximumAtTheTopPriceWhileFlatThenHolds() {
        TradingEnvironment env = upThenDown(false);
        BuyAndHoldPolicy p = new BuyAndHoldPolicy();
        assertThat(p.act(env)).isEqualTo(Policy.pack(20, 10, Q));
        env.step(p.act(env));
        assertThat(env.position()).isPositive();
        assertThat(p.act(env)).isEqualTo(NO_ORDER);
    }

    @Test
    void momentumBuysOnARiseAndSellsTheLongOnAFall() {
        TradingEnvironment env = upThenDown(false);
        MomentumPolicy p = new MomentumPolicy(3);
        assertThat(p.act(env)).as("no history yet: m = 0").isEqualTo(NO_ORDER);
        for (int i = 0; i < 3; i++) {
            env.step(NO_ORDER);
        }
        assertThat(p.act(env)).isEqualTo(Policy.pack(10, 10, Q));
        env.step(p.act(env));
        assertThat(env.position()).isPositive();
        assertThat(p.act(env)).as("already long").isEqualTo(NO_ORDER);
        while (env.decisionBar() < 15) {
            env.step(NO_ORDER);
        }
        assertThat(p.act(env)).isEqualTo(Policy.pack(10, 0, Q));
        env.step(p.act(env));
        assertThat(env.position()).isZero();
        assertThat(p.act(env)).as("flat and shorting is off").isEqualTo(NO_ORDER);
    }

    @Test
    void momentumGoesShortOnlyWhenAllowed() {
        TradingEnvironment env = upThenDown(true);
        MomentumPolicy p = new MomentumPolicy(3);
        while (env.decisionBar() < 15) {
            env.step(NO_ORDER);
        }
        assertThat(p.act(env)).isEqualTo(Policy.pack(10, 0, Q));
        assertThatThrownBy(() -> new MomentumPolicy(0)).hasMessageContaining("lookback must be >= 1");
    }

    @Test
    void randomIsUniformOverActionsAndRepeatsFromItsSeed() {
        TradingEnvironment env = upThenDown(false);
        RandomPolicy a = new RandomPolicy(9);
        int[] first = new int[2000];
        int[] counts = new int[231];
        for (int i = 0; i < first.length; i++) {
            first[i] = a.act(env);
            counts[first[i]]++;
        }
        assertThat(Arrays.stream(counts).filter(x -> x > 0).count()).isGreaterThan(220);
        a.restart();
        RandomPolicy b = new RandomPolicy(9);
        for (int x : first) {
            assertThat(a.act(env)).isEqualTo(x);
            assertThat(b.act(env)).isEqualTo(x);
        }
    }
}
