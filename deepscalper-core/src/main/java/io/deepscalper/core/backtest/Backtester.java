package io.deepscalper.core.backtest;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.TradingEnvironment;
import io.deepscalper.core.policy.Policy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Policy} over a chronological range of sessions with the raw reward (never the
 * hindsight bonus) and reports its performance. Sessions run in order; each starts flat with the
 * previous session's ending equity (all cash, since every session ends liquidated), so daily returns
 * compound into the total return. Greedy evaluation is the policy's business: pass the agent's greedy
 * policy, not an exploring one.
 */
public final class Backtester {
    private static final Logger LOG = LoggerFactory.getLogger(Backtester.class);

    private final SessionSeries series;
    private final EnvConfig config;
    private final FeatureMatrix features;

    /** Computes the series' features once; every run shares them. */
    public Backtester(SessionSeries series, EnvConfig config) {
        this(series, FeatureMatrix.compute(series), config);
    }

    /** Uses precomputed features of {@code series}. */
    public Backtester(SessionSeries series, FeatureMatrix features, EnvConfig config) {
        this.series = Objects.requireNonNull(series, "series");
        this.features = Objects.requireNonNull(features, "features");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** @return the report of {@code policy} over every session of the series */
    public PerformanceReport run(Policy policy) {
        return run(policy, 0, series.sessions().size());
    }

    /** @return one report per policy over sessions {@code [fromSession, toSession)}, in the given order */
    public List<PerformanceReport> compare(List<? extends Policy> policies, int fromSession, int toSession) {
        List<PerformanceReport> out = new ArrayList<>();
        for (Policy p : policies) {
            out.add(run(p, fromSession, toSession));
        }
        return out;
    }

    /**
     * Runs {@code policy} over sessions {@code [fromSession, toSession)}.
     *
     * @throws IllegalArgumentException when the range is empty or outside the series
     */
    public PerformanceReport run(Policy policy, int fromSession, int toSession) {
        Objects.requireNonNull(policy, "policy");
        int sessionCount = series.sessions().size();
        if (fromSession < 0 || toSession > sessionCount || fromSession >= toSession) {
            throw new IllegalArgumentException("session range [" + fromSession + ", " + toSession
                    + ") must be non-empty and inside [0, " + sessionCount + ")");
        }
        TradingEnvironment env = new TradingEnvironment(series, features, config);
        RoundTripTracker trips = new RoundTripTracker();
        double[] curve = new double[16];
        int curveSize = 0;
        double[] daily = new double[toSession - fromSession];
        double equity = config.initialCash();
        double fees = 0;
        double notional = 0;
        int trades = 0;
        int days = 0;
        curve[curveSize++] = equity;
        for (int s = fromSession; s < toSession; s++) {
            env.reset(s, equity);
            policy.reset(env);
            while (!env.done()) {
                env.step(policy.act(env));
                int filledBar = env.lastDecisionBar() + 1;
                if (env.fillShares() != 0) {
                    trips.onFill(env.fillShares(), env.fillPrice(), env.fillFee(), filledBar);
                    notional += Math.abs(env.fillShares() * env.fillPrice());
                    trades++;
                }
                if (env.liquidationShares() != 0) {
                    trips.onFill(env.liquidationShares(), env.liquidationPrice(), env.liquidationFee(), filledBar);
                    notional += Math.abs(env.liquidationShares() * env.liquidationPrice());
                    trades++;
                }
                fees += env.stepFees();
                if (curveSize == curve.length) {
                    curve = Arrays.copyOf(curve, curveSize * 2);
                }
                curve[curveSize++] = env.equity();
            }
            daily[days++] = env.equity() / equity - 1;
            equity = env.equity();
            if (equity <= 0) {
                LOG.warn("{} lost all equity in session {}; stopping the backtest there", policy.name(), s);
                break;
            }
        }
        double[] dailyReturns = Arrays.copyOf(daily, days);
        double[] equityCurve = Arrays.copyOf(curve, curveSize);
        double initial = config.initialCash();
        double total = equity / initial - 1;
        double mdd = PerformanceMetrics.maxDrawdown(equityCurve);
        List<Double> dailyList = new ArrayList<>(days);
        for (double d : dailyReturns) {
            dailyList.add(d);
        }
        int lastSession = fromSession + days - 1;
        PerformanceReport report = new PerformanceReport(policy.name(), series.symbol(),
                series.sessions().get(fromSession).date().toString(),
                series.sessions().get(lastSession).date().toString(), days, initial, equity, total, dailyList,
                PerformanceMetrics.sharpe(dailyReturns), PerformanceMetrics.sortino(dailyReturns), mdd,
                PerformanceMetrics.calmar(total, days, mdd), trips.trips(),
                PerformanceMetrics.winRate(trips.wins(), trips.trips()),
                PerformanceMetrics.profitFactor(trips.grossProfit(), trips.grossLoss()), trades,
                trips.trips() == 0 ? 0 : (double) trips.holdingBars() / trips.trips(), notional / initial, fees);
        LOG.debug("backtest {}: total return {} over {} sessions", policy.name(), total, days);
        return report;
    }
}
