package io.deepscalper.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.SyntheticSessions;
import io.deepscalper.core.policy.BuyAndHoldPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.MomentumPolicy;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.core.policy.RandomPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktesterTest {
    private static final SessionSeries SPY = BundledData.spyJanuary2011();
    private static final EnvConfig CONFIG = EnvConfig.defaults();

    @Test
    void everyBaselineProducesAFullReportOnTheBundledSpyMonth() {
        Backtester backtester = new Backtester(SPY, CONFIG);
        List<Policy> baselines = List.of(new FlatPolicy(), new BuyAndHoldPolicy(), new RandomPolicy(42),
                new MomentumPolicy());
        List<PerformanceReport> reports = backtester.compare(baselines, 0, SPY.sessions().size());
        assertThat(reports).extracting(PerformanceReport::policy)
                .containsExactly("flat", "buy_and_hold", "random", "momentum");
        for (PerformanceReport r : reports) {
            assertThat(r.sessions()).isEqualTo(20);
            assertThat(r.dailyReturns()).hasSize(20);
            assertThat(r.firstDate()).isEqualTo("2011-01-03");
            assertThat(r.lastDate()).isEqualTo("2011-01-31");
            assertThat(r.symbol()).isEqualTo("SPY");
            assertThat(r.toMetricMap()).containsKeys("total_return", "sharpe", "sortino", "max_drawdown", "calmar",
                    "win_rate", "profit_factor", "trades", "avg_holding_bars", "turnover", "fees");
            assertThat(r.toMetricMap().values()).allSatisfy(v -> assertThat(v).isFinite());
            double compounded = 1;
            for (double d : r.dailyReturns()) {
                compounded *= 1 + d;
            }
            assertThat(compounded - 1).isCloseTo(r.totalReturn(), within(1e-12));
        }
        PerformanceReport flat = reports.get(0);
        assertThat(flat.totalReturn()).isZero();
        assertThat(flat.trades()).isZero();
        assertThat(flat.fees()).isZero();
        assertThat(flat.maxDrawdown()).isZero();
        assertThat(flat.sharpe()).isZero();
        PerformanceReport buyAndHold = reports.get(1);
        assertThat(buyAndHold.trades()).isEqualTo(40); // one buy and one liquidation a day
        assertThat(buyAndHold.roundTrips()).isEqualTo(20);
        assertThat(buyAndHold.avgHoldingBars()).isEqualTo(388); // bought on bar 1, sold on bar 389
        assertThat(reports.get(2).trades()).isGreaterThan(100);
        assertThat(reports.get(3).trades()).isGreaterThan(20);
    }

    /**
     * Buy-and-hold by hand: every day the first order (decided at bar 0's close) fills on bar 1 at its open,
     * because {@code open_1 <= close_0 + 5 * minTick <= L} holds on all 20 days (asserted below); shares are
     * {@code floor(E / close_0)} limited by the cap and the cash at the fill price; the position is sold at
     * the day's last close; both fills pay {@code max(1, 0.0001 * notional)}.
     */
    @Test
    void buyAndHoldTotalReturnMatchesAHandComputation() {
        BarSeries b = SPY.bars();
        double slip = 0.5 / 10_000;
        double equity = 100_000;
        for (TradingSession s : SPY.sessions()) {
            int first = s.start();
            int last = s.end() - 1;
            assertThat(b.open(first + 1)).isLessThanOrEqualTo(b.close(first) + 0.05);
            double exec = b.open(first + 1) * (1 + slip);
            long shares = (long) Math.floor(equity / b.close(first));
            shares = Math.min(shares, (long) Math.floor(equity / exec));
            while (shares * exec + Math.max(1, 0.0001 * shares * exec) > equity) {
                shares--;
            }
            double cash = equity - shares * exec - Math.max(1, 0.0001 * shares * exec);
            cash += shares * b.close(last) - Math.max(1, 0.0001 * shares * b.close(last));
            equity = cash;
        }
        PerformanceReport r = new Backtester(SPY, CONFIG).run(new BuyAndHoldPolicy());
        assertThat(r.finalEquity()).isCloseTo(equity, within(1e-6));
        assertThat(r.totalReturn()).isCloseTo(equity / 100_000 - 1, within(1e-12));
    }

    @Test
    void randomPolicyIsReproducibleFromItsSeed() {
        Backtester backtester = new Backtester(SPY, CONFIG);
        PerformanceReport a = backtester.run(new RandomPolicy(7), 0, 3);
        PerformanceReport b = backtester.run(new RandomPolicy(7), 0, 3);
        PerformanceReport c = backtester.run(new RandomPolicy(8), 0, 3);
        assertThat(a).isEqualTo(b);
        assertThat(c.finalEquity()).isNotEqualTo(a.finalEquity());
    }

    @Test
    void sessionsRunInOrderAndCompound() {
        SessionSeries s = SyntheticSessions.generate(3, 4, 60, 100);
        Backtester backtester = new Backtester(s, CONFIG);
        PerformanceReport all = backtester.run(new BuyAndHoldPolicy(), 1, 4);
        assertThat(all.sessions()).isEqualTo(3);
        assertThat(all.firstDate()).isEqualTo(s.sessions().get(1).date().toString());
        assertThat(all.lastDate()).isEqualTo(s.sessions().get(3).date().toString());
        PerformanceReport firstDay = backtester.run(new BuyAndHoldPolicy(), 1, 2);
        assertThat(all.dailyReturns().get(0)).isEqualTo(firstDay.dailyReturns().get(0));
        assertThatThrownBy(() -> backtester.run(new FlatPolicy(), 2, 2)).hasMessageContaining("must be non-empty");
        assertThatThrownBy(() -> backtester.run(new FlatPolicy(), 0, 5)).hasMessageContaining("inside [0, 4)");
    }
}
