package io.deepscalper.examples;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.BuyAndHoldPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.MomentumPolicy;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.core.policy.RandomPolicy;
import java.util.List;

/**
 * Runs every baseline policy (flat, buy-and-hold, random with seed 42, 10-bar momentum) over the bundled
 * SPY January 2011 minutes with the default {@link EnvConfig} and prints the comparison table. Pass
 * {@code --json} to print each report as JSON as well.
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am package -DskipTests
 * java -cp "examples/target/classes:$(cat examples/target/classpath.txt)" io.deepscalper.examples.BaselineBacktest
 * </pre>
 * (or run it from the IDE; it needs nothing outside the jars).
 */
public final class BaselineBacktest {
    private BaselineBacktest() {
    }

    /**
     * @param args {@code --json} to also print the reports as JSON
     */
    public static void main(String[] args) {
        SessionSeries spy = BundledData.spyJanuary2011();
        EnvConfig config = EnvConfig.defaults();
        List<Policy> baselines = List.of(new FlatPolicy(), new BuyAndHoldPolicy(), new RandomPolicy(42),
                new MomentumPolicy());
        List<PerformanceReport> reports = new Backtester(spy, config).compare(baselines, 0, spy.sessions().size());
        PerformanceReport first = reports.get(0);
        System.out.printf("Baselines on %s %s .. %s (%d sessions), initial equity %.0f, fee %.4f%% (min %.2f), "
                        + "slippage %.1f bps%n%n", first.symbol(), first.firstDate(), first.lastDate(), first.sessions(),
                config.initialCash(), 100 * config.feeRate(), config.minFee(), config.slippageBps());
        System.out.print(PerformanceReport.comparisonTable(reports));
        if (List.of(args).contains("--json")) {
            for (PerformanceReport r : reports) {
                System.out.println(r.toJson());
            }
        }
    }
}
