package io.deepscalper.examples.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.SessionSplitter;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.continuous.wiring.QuickStartProfile;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.BuyAndHoldPolicy;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.MomentumPolicy;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.core.policy.RandomPolicy;
import io.deepscalper.core.train.SelectedModel;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.core.train.TrainerBuilder;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import io.deepscalper.data.synthetic.SyntheticModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints the learning report: for each setup and each of N seeds, trains the agent with the quick-start
 * profile ({@link QuickStartProfile}), selects its snapshot on validation sessions, and backtests it on held-out
 * test sessions next to flat, buy-and-hold, random, momentum and (on the planted-signal market) the oracle.
 * Rows give return, Sharpe, maximum drawdown, trades and fees as mean ± standard deviation over the seeds, and
 * how many seeds ended above flat.
 *
 * <p>Run with {@code ./mvnw -B -o -q -pl examples -am package -DskipTests -Plearning} (arguments in {@code
 * -Dexample.args}), or after a package build with the class path of the examples module:
 * <pre>{@code
 * MALLOC_MMAP_THRESHOLD_=67108864 MALLOC_TRIM_THRESHOLD_=268435456 OMP_WAIT_POLICY=PASSIVE nice -n 10 \
 *   java -cp examples/target/classes:deepscalper-cli/target/lib/\* \
 *   io.deepscalper.examples.learning.LearningBenchmark --seeds 5
 * }</pre>
 * Options: {@code --seeds N} (5), {@code --steps N} (the profile's), {@code --setups a,b} (all), {@code
 * --signal S} (the profile's planted signal), {@code --market-seed N} (42, the quick start's synthetic market; another
 * seed draws a fresh market with the same parameters), {@code --train-sessions N} (30: the synthetic setups train on
 * N sessions, select on the next 10 and test on the 20 after them), {@code --env k=v,...} and {@code --train k=v,...} (overrides of the
 * profile's configs, JSON values, e.g. {@code --train totalSteps=8000,gamma=0.9}).
 */
public final class LearningBenchmark {
    /** Synthetic training sessions without {@code --train-sessions}: the report's split. */
    private static final int DEFAULT_TRAIN_SESSIONS = 30;
    private static final Instant SYNTHETIC_START = Instant.parse("2024-01-02T00:00:00Z");

    private LearningBenchmark() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) {
        Map<String, String> o = options(args);
        int seeds = Integer.parseInt(o.getOrDefault("seeds", "5"));
        double signal = Double.parseDouble(o.getOrDefault("signal", String.valueOf(QuickStartProfile.SYNTHETIC_SIGNAL)));
        TrainConfig profile = override(QuickStartProfile.training(), o.get("train"), TrainConfig.class);
        EnvConfig env = override(QuickStartProfile.env(), o.get("env"), EnvConfig.class);
        if (o.containsKey("steps")) {
            long steps = Long.parseLong(o.get("steps"));
            profile = profile.toBuilder().totalSteps(steps).evalIntervalSteps(Math.max(1, steps / 6)).build();
        }
        long marketSeed = Long.parseLong(o.getOrDefault("market-seed", "42"));
        int trainSessions = Integer.parseInt(o.getOrDefault("train-sessions", String.valueOf(DEFAULT_TRAIN_SESSIONS)));
        if (trainSessions < 1 || trainSessions > 200) {
            throw new IllegalArgumentException("--train-sessions must be in [1, 200] but was " + trainSessions);
        }
        List<LearningSetup> setups = setups(signal, marketSeed, trainSessions, env, profile);
        Set<String> wanted = o.containsKey("setups") ? Set.of(o.get("setups").split(",")) : null;
        System.out.printf("learning report: %d seeds, signal %s%s%s%n%s%n%s%n%n", seeds, signal, marketSeed == 42 ? ""
                : ", synthetic market seed " + marketSeed, trainSessions == DEFAULT_TRAIN_SESSIONS ? ""
                : ", " + trainSessions + " synthetic training sessions", env, profile);
        for (LearningSetup s : setups) {
            if (wanted == null || wanted.contains(s.name())) {
                report(s, seeds);
            }
        }
    }

    static List<LearningSetup> setups(double signal, long marketSeed, int trainSessions, EnvConfig env,
                                      TrainConfig train) {
        int n = trainSessions;
        SessionSeries planted = synthetic(signal, marketSeed, n + 30);
        SessionSeries none = synthetic(0, marketSeed, n + 30);
        SessionSeries spy = BundledData.spyJanuary2011();
        List<LearningSetup> out = new ArrayList<>();
        // n training (DEFAULT_TRAIN_SESSIONS unless --train-sessions), 10 validation, 20 test sessions
        LearningSetup p = new LearningSetup("planted", planted, 0, n, n + 10, n + 10, n + 30, env, train, true, signal);
        out.add(p);
        out.add(new LearningSetup("no-signal", none, 0, n, n + 10, n + 10, n + 30, env, train, true, Double.NaN));
        // the bundled month, walk-forward: train on 1-15 (of which 13-15 select the snapshot), test on 16-20
        out.add(new LearningSetup("spy-a", spy, 0, 12, 15, 15, 20, env, train, true, Double.NaN));
        // and an earlier fold: train on 1-10 (9-10 select), test on 11-15
        out.add(new LearningSetup("spy-b", spy, 0, 8, 10, 10, 15, env, train, true, Double.NaN));
        out.add(p.with("planted-no-hindsight", env, train.toBuilder().hindsightWeight(0).build(), true));
        out.add(p.with("planted-no-aux", env, train.toBuilder().auxWeight(0).build(), true));
        out.add(p.with("planted-no-prior", env, train.toBuilder().noOrderPrior(0).build(), true));
        out.add(p.with("planted-hurdle-1", env.toBuilder().costHurdle(1).build(), train, true));
        out.add(p.with("planted-last-snapshot", env, train, false));
        // the round-three choices against what they replaced: 11 quantity bins, prioritized replay, 2-step targets
        out.add(p.with("planted-11-quantity-bins", env.toBuilder().quantityBins(11).build(), train, true));
        out.add(p.with("planted-prioritized-replay", env, train.toBuilder().priorityAlpha(0.6).build(), true));
        out.add(p.with("planted-2-step", env, train.toBuilder().nStep(2).build(), true));
        LearningSetup u = new LearningSetup("no-signal-last-snapshot", none, 0, n, n + 10, n + 10, n + 30, env, train,
                false, Double.NaN);
        out.add(u);
        out.add(u.with("no-signal-last-snapshot-hurdle-1", env.toBuilder().costHurdle(1).build(), train, false));
        out.add(u.with("no-signal-last-snapshot-no-prior", env, train.toBuilder().noOrderPrior(0).build(), false));
        out.add(new LearningSetup("spy-a-last-snapshot", spy, 0, 15, 15, 15, 20, env, train, false, Double.NaN));
        return out;
    }

    /**
     * @return the first {@code sessions} sessions of the quick-start synthetic market with planted signal {@code s},
     *         its random numbers drawn from {@code seed} (the quick start's market: 42)
     */
    static SessionSeries synthetic(double s, long seed, int sessions) {
        SyntheticModel model = SyntheticModel.from(ProviderOptions.empty().with("signal", String.valueOf(s))
                .with("seed", String.valueOf(seed)));
        SyntheticDataSource source = new SyntheticDataSource(model, Set.of("SYN"));
        // about 1.45 calendar days per NYSE session, plus two weeks for holidays: enough days, and no more bars
        // generated than the setups use (the market is causal, so a longer range leaves these sessions unchanged)
        Instant end = SYNTHETIC_START.plus(Duration.ofDays(sessions * 3L / 2 + 14));
        SessionSeries all = SessionSplitter.nyse().split(source.fetch("SYN", BarInterval.ONE_MINUTE,
                SYNTHETIC_START, end)).series();
        if (all.sessions().size() < sessions) {
            throw new IllegalStateException("the synthetic market from " + SYNTHETIC_START + " to " + end + " holds "
                    + all.sessions().size() + " sessions, fewer than the " + sessions + " the setups need");
        }
        return all.sessionRange(0, sessions);
    }

    private static void report(LearningSetup s, int seeds) {
        Map<String, SeedStats> stats = new LinkedHashMap<>();
        int flatSelections = 0;
        long t0 = System.nanoTime();
        Backtester bt = new Backtester(s.series(), s.env());
        for (int seed = 1; seed <= seeds; seed++) {
            TrainConfig c = s.train().toBuilder().seed(seed).evalIntervalSteps(s.select() ? s.train()
                    .evalIntervalSteps() : 0).build();
            TrainerBuilder b = Trainer.builder(s.series(), s.env(), c).trainSessions(s.trainFrom(), s.trainTo());
            if (s.select()) {
                b.evalSessions(s.trainTo(), s.validationTo()).selectOnValidation();
            }
            PerformanceReport agent;
            try (Trainer t = b.build()) {
                t.run();
                var parameters = t.network().parameters();
                if (s.select()) {
                    SelectedModel m = t.selection();
                    parameters = m.parameters();
                    flatSelections += m.flat() ? 1 : 0;
                }
                try (DjlQNetwork net = DjlQNetwork.of(t.network().config(), parameters, c.threads())) {
                    agent = bt.run(new DqnPolicy(net, "agent"), s.testFrom(), s.testTo());
                }
            }
            List<Policy> policies = new ArrayList<>(List.of(new FlatPolicy(), new BuyAndHoldPolicy(),
                    new RandomPolicy(seed), new MomentumPolicy()));
            if (!Double.isNaN(s.oracle())) {
                policies.add(1, new OraclePolicy(s.oracle()));
            }
            List<PerformanceReport> base = bt.compare(policies, s.testFrom(), s.testTo());
            double flat = base.get(0).totalReturn();
            stats.computeIfAbsent("agent", SeedStats::new).add(agent, flat);
            for (PerformanceReport r : base) {
                stats.computeIfAbsent(r.policy(), SeedStats::new).add(r, flat);
            }
            System.err.printf("%s seed %d: agent %+.3f %% (%d trades)%n", s.name(), seed, 100 * agent.totalReturn(),
                    agent.trades());
        }
        System.out.printf("### %s%n%n%s: train sessions %d-%d, %s, test %d-%d (%s .. %s); %s%n%n",
                s.name(), s.series().symbol(), s.trainFrom() + 1, s.trainTo(), s.validationTo() > s.trainTo()
                        ? "validation " + (s.trainTo() + 1) + "-" + s.validationTo() : "no validation",
                s.testFrom() + 1, s.testTo(), s.series().sessions().get(s.testFrom()).date(),
                s.series().sessions().get(s.testTo() - 1).date(), s.select()
                        ? "snapshot selected on validation; flat chosen in " + flatSelections + " of " + seeds + " seeds"
                        : "last snapshot, no selection");
        System.out.println("| policy | return | Sharpe | max drawdown | trades | fees | seeds above flat |");
        System.out.println("|---|---|---|---|---|---|---|");
        stats.values().forEach(r -> System.out.println(r.row()));
        SeedStats agent = stats.get("agent");
        System.out.printf("%nagent mean %+.3f %%, worst seed %+.3f %%", 100 * agent.meanReturn(),
                100 * agent.minReturn());
        if (stats.containsKey("oracle")) {
            System.out.printf(", %.1f %% of the oracle's mean return (%+.3f %%)", 100 * agent.meanReturn()
                    / stats.get("oracle").meanReturn(), 100 * stats.get("oracle").meanReturn());
        }
        System.out.printf("; %.0f s for %d seeds%n%n", (System.nanoTime() - t0) / 1e9, seeds);
        System.out.flush();
    }

    /** @return {@code config} with the comma-separated {@code key=value} pairs applied (JSON values) */
    private static <T> T override(T config, String pairs, Class<T> type) {
        if (pairs == null) {
            return config;
        }
        ObjectMapper json = Json.mapper();
        ObjectNode tree = json.valueToTree(config);
        // split only at commas that start the next key, so that JSON arrays such as trunkSizes=[64,64] stay whole
        for (String kv : pairs.split(",(?=[A-Za-z]\\w*=)")) {
            String[] p = kv.split("=", 2);
            if (p.length != 2) {
                throw new IllegalArgumentException("expected key=value in --env / --train but got '" + kv + "'");
            }
            try {
                tree.set(p[0], json.readTree(p[1]));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("value of " + p[0] + " is not JSON: " + p[1], e);
            }
        }
        try {
            return json.treeToValue(tree, type);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("invalid override " + pairs + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs (--seeds, --steps, --setups, "
                        + "--signal, --market-seed, --train-sessions, --env, --train) but got " + Arrays.toString(args));
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }
}
