///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.deepscalper:deepscalper-core:0.1.0-SNAPSHOT
//DEPS org.slf4j:slf4j-simple:2.0.20
//FILES META-INF/services/io.deepscalper.api.spi.DataSource=services/CustomDataSource.DataSource

// Run: examples/jbang/jbang examples/jbang/CustomDataSource.java [--quick]   (after ./mvnw -B install)
// Generated from examples/src/main/java/io/deepscalper/examples/CustomDataSource.java by generate-from-java.sh

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.NyseCalendar;
import io.deepscalper.api.market.SessionHours;
import io.deepscalper.api.market.SessionSplit;
import io.deepscalper.api.market.SessionSplitter;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.UnknownSymbolException;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.BuyAndHoldPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.MomentumPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Scenario 3, a custom {@link DataSource}: a seeded random walk of one-minute bars in NYSE regular hours,
 * registered in {@code META-INF/services/io.deepscalper.api.spi.DataSource}, configured with options, fed
 * through the session splitter and backtested.
 */
public class CustomDataSource {
    /** The plug-in. The ServiceLoader instance is a default prototype; {@link #configure} returns new ones. */
    public static class RandomWalkSource implements DataSource {
        private final long seed;
        private final double volatility;

        public RandomWalkSource() {
            this(1, 0.0005);
        }

        RandomWalkSource(long seed, double volatility) {
            this.seed = seed;
            this.volatility = volatility;
        }

        @Override
        public String name() {
            return "random-walk";
        }

        @Override
        public Set<BarInterval> supportedIntervals() {
            return Set.of(BarInterval.ONE_MINUTE);
        }

        @Override
        public Set<String> optionNames() {
            return Set.of("seed", "volatility");
        }

        @Override
        public DataSource configure(ProviderOptions options) {
            options.requireOnly(name(), optionNames());
            double vol = options.getDouble("volatility", volatility);
            ConfigChecks.require(vol > 0 && vol < 0.1, "random-walk.volatility", vol,
                    "a per-minute volatility in (0, 0.1), e.g. 0.0005,");
            return new RandomWalkSource(options.getLong("seed", seed), vol);
        }

        @Override
        public BarSeries fetch(String symbol, BarInterval interval, Instant from, Instant to) {
            checkFetchArguments(symbol, interval, from, to);
            if (!symbol.startsWith("WALK")) {
                throw new UnknownSymbolException(name(), symbol, "this source only knows symbols starting with WALK");
            }
            SplittableRandom random = new SplittableRandom(seed ^ symbol.hashCode());
            BarSeries.Builder bars = BarSeries.builder(symbol);
            double price = 100;
            NyseCalendar calendar = NyseCalendar.instance();
            LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
            for (LocalDate d = from.atZone(ZoneOffset.UTC).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
                Optional<SessionHours> hours = calendar.sessionHours(d);
                if (hours.isEmpty()) {
                    continue;
                }
                for (long t = hours.get().openEpochSecond(); t < hours.get().closeEpochSecond(); t += 60) {
                    double open = price;
                    price *= Math.exp(volatility * random.nextGaussian());
                    double spread = open * volatility * random.nextDouble();
                    if (t >= from.getEpochSecond() && t < to.getEpochSecond()) {
                        bars.add(t, open, Math.max(open, price) + spread, Math.min(open, price) - spread, price,
                                1_000 + random.nextInt(9_000));
                    }
                }
            }
            return bars.build();
        }
    }

    public static void main(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        DataSource source = Providers.byName(DataSource.class, "random-walk")
                .configure(ProviderOptions.parse(List.of("seed=42", "volatility=0.0004")));
        Instant from = Instant.parse("2025-03-03T00:00:00Z");
        Instant to = from.plusSeconds((quick ? 7 : 28) * 86_400L);
        BarSeries bars = source.fetch("WALK", BarInterval.ONE_MINUTE, from, to);
        SessionSplit split = SessionSplitter.nyse().split(bars);
        System.out.printf("%s from '%s': %d bars, %d sessions%n", bars.symbol(), source.name(), bars.size(),
                split.series().sessions().size());

        try {
            source.configure(ProviderOptions.parse(List.of("volatility=2")));
        } catch (InvalidConfigException e) {
            System.out.println("bad option rejected: " + e.getMessage());
        }

        List<PerformanceReport> reports = new Backtester(split.series(), EnvConfig.defaults()).compare(
                List.of(new FlatPolicy(), new BuyAndHoldPolicy(), new MomentumPolicy()), 0,
                split.series().sessions().size());
        System.out.print(PerformanceReport.comparisonTable(reports));
    }
}
