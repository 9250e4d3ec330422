package io.deepscalper.cli.command;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.BuyAndHoldPolicy;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.core.policy.MomentumPolicy;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.core.policy.RandomPolicy;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backtest [--version V] [--from D --to D]}: the model against the flat, buy-and-hold, random
 * and momentum baselines on the same sessions, greedy policy, raw reward. While nothing is deployed, the
 * active model trades flat, and its row says so.
 */
@Command(name = "backtest",
        description = {"Backtest a model version against the baselines on a date range (raw reward).",
                "Dates are exchange dates, yyyy-mm-dd; the default range is the last 10 days of the trainer's clock (the simulated one after a "
                        + "simulated run)."})
public final class BacktestCommand extends BaseCommand implements Callable<Integer> {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    // no mixinStandardHelpOptions here: its --version would clash with the model version option
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "V", defaultValue = "active",
            description = "latest, active, champion, challenger or a version id (default ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--from", paramLabel = "D", description = "First session date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last session date.")
    LocalDate to;

    @Option(names = "--symbol", paramLabel = "S", description = "Symbol (default: the first configured one).")
    String symbol;

    @Option(names = "--json", description = "Print the reports as JSON.")
    boolean json;

    /** The name of the active model's row while nothing is deployed. */
    static final String NOTHING_DEPLOYED = "active (nothing deployed: flat)";

    /** The flat policy under another name: what the active model does while nothing is deployed. */
    private record NamedFlat(String name) implements Policy {
        @Override
        public int act(DecisionContext context) {
            return new FlatPolicy().act(context);
        }
    }

    @Override
    public Integer call() {
        ModelRef ref = ModelRef.parse(version);
        WorkdirConfig config = workdir().requireExists().config();
        DataPipelineConfig src = config.section(Sections.DATA);
        // the trainer's clock, not the wall clock: after a simulated run "the last 10 days" are the simulated ones
        LocalDate end = to != null ? to : ClockSetup.trainerTime(src, workdir().dir()).atZone(NEW_YORK).toLocalDate();
        LocalDate start = from != null ? from : end.minusDays(10);
        if (end.isBefore(start)) {
            throw usage("--to " + end + " is before --from " + start);
        }
        String sym = symbol != null ? symbol.toUpperCase(java.util.Locale.ROOT) : src.symbols().get(0);
        DataSource ds = Providers.byName(DataSource.class, src.source()).configure(src.sourceOptions());
        Instant a = start.atStartOfDay(NEW_YORK).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        BarSeries bars = ds.fetch(sym, BarInterval.ONE_MINUTE, a, b);
        SessionSeries sessions = new NyseSessions().split(bars);
        if (sessions.sessions().isEmpty()) {
            throw new IllegalArgumentException("no trading session of " + sym + " between " + start + " and " + end
                    + " in source '" + src.source() + "'; choose another --from/--to");
        }
        EnvConfig env = config.section(Sections.ENV);
        List<Policy> baselines = List.of(new FlatPolicy(), new BuyAndHoldPolicy(), new RandomPolicy(42),
                new MomentumPolicy());
        List<PerformanceReport> reports = new ArrayList<>();
        ModelStore models = workdir().models();
        Optional<String> nothing = Deployment.namesActive(ref) ? Deployment.nothingDeployed(workdir(), models)
                : Optional.empty();
        if (nothing.isPresent()) {
            // a consumer of the active model trades flat while nothing is deployed, and so does its backtest
            List<Policy> policies = new ArrayList<>();
            policies.add(new NamedFlat(NOTHING_DEPLOYED));
            policies.addAll(baselines);
            reports.addAll(new Backtester(sessions, env).compare(policies, 0, sessions.sessions().size()));
        } else {
            LoadedModel model = models.load(ref);
            // the model's own lookback and bins: a version from before a config change still fits its network
            EnvConfig trainedEnv = BacktestEvaluator.trainedEnv(model.metadata(), env);
            try (DjlQNetwork net = DjlQNetwork.of(model.metadata().network(), model.parameters(),
                    config.section(Sections.TRAIN).threads())) {
                List<Policy> policies = new ArrayList<>();
                policies.add(new DqnPolicy(net, model.metadata().id().value()));
                policies.addAll(baselines);
                reports.addAll(new Backtester(sessions, trainedEnv).compare(policies, 0, sessions.sessions().size()));
            }
        }
        if (json) {
            List<Object> out = new ArrayList<>();
            for (PerformanceReport r : reports) {
                out.add(r);
            }
            printJson(out);
        } else {
            nothing.ifPresent(why -> out().println(why + "; the active model trades flat (row '" + NOTHING_DEPLOYED
                    + "')"));
            out().println(sym + ", " + sessions.sessions().size() + " session(s) " + sessions.sessions().get(0).date()
                    + " to " + sessions.sessions().get(sessions.sessions().size() - 1).date() + ", source "
                    + src.source());
            out().print(PerformanceReport.comparisonTable(reports));
        }
        out().flush();
        return 0;
    }
}
