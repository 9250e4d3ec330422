package io.deepscalper.cli.command;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.policy.DqnPolicy;
import io.deepscalper.core.policy.FlatPolicy;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.risk.RiskLimits;
import io.deepscalper.paper.trade.PaperRun;
import io.deepscalper.paper.trade.PaperTrading;
import io.deepscalper.paper.trade.PaperTradingOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trade --paper [--broker simulated|alpaca]}: the active model trades each new bar through ONNX Runtime,
 * under the risk limits, with the challenger in shadow; everything is journalled in {@code metrics.db}. A
 * simulated replay ends with the backtester's P&amp;L on the same sessions, which the command checks and prints.
 */
@Command(name = "trade", description = {"Paper-trade the active model (ONNX Runtime) with risk limits and the "
        + "challenger in shadow.",
        "--broker simulated replays bars through the environment's fill model (the bundled SPY January 2011 minutes "
                + "by default, or --replay source for the configured data source); --broker alpaca uses Alpaca's paper "
                + "API with the keys in APCA_API_KEY_ID and APCA_API_SECRET_KEY."})
public final class TradeCommand extends BaseCommand implements Callable<Integer> {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--paper", description = "Paper trading (required: live trading is not supported).")
    boolean paper;

    @Option(names = "--broker", paramLabel = "NAME", defaultValue = "simulated",
            description = "simulated or alpaca (default ${DEFAULT-VALUE}).")
    String broker;

    @Option(names = "--replay", paramLabel = "WHAT", defaultValue = "bundled",
            description = "simulated broker: bundled (SPY January 2011) or source (the configured data source) "
                    + "(default ${DEFAULT-VALUE}).")
    String replay;

    @Option(names = "--from", paramLabel = "D", description = "simulated broker: first session date replayed.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "simulated broker: last session date replayed.")
    LocalDate to;

    @Option(names = "--symbol", paramLabel = "S", description = "Symbol (default: SPY for the bundled replay, else the "
            + "first configured one).")
    String symbol;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "max",
            description = "simulated broker: max, or a multiple of real time (default ${DEFAULT-VALUE}).")
    String speed;

    @Option(names = "--alpaca-url", paramLabel = "URL", description = "alpaca: trading API base URL (default "
            + "https://paper-api.alpaca.markets).")
    String alpacaUrl;

    @Option(names = "--alpaca-data-url", paramLabel = "URL", description = "alpaca: market-data API base URL (default "
            + "https://data.alpaca.markets).")
    String alpacaDataUrl;

    @Option(names = "--challenger", paramLabel = "V", description = "Version to run in shadow (default: the newest "
            + "that passed the gate, other than the champion).")
    String challenger;

    @Option(names = "--shadow-sessions", paramLabel = "N", defaultValue = "10",
            description = "Sessions each promotion or rollback test rests on, at least gate.minSessions; 0 turns the "
                    + "tests off (default ${DEFAULT-VALUE}).")
    int shadowSessions;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "0",
            description = "Stop after N sessions (0: until the feed ends or Ctrl-C).")
    int maxSessions;

    @Option(names = "--max-position", paramLabel = "SHARES", description = "Risk: largest absolute position.")
    Long maxPosition;

    @Option(names = "--max-daily-loss", paramLabel = "F", defaultValue = "0.05",
            description = "Risk: kill switch at this fraction below the session's starting equity (default "
                    + "${DEFAULT-VALUE}).")
    double maxDailyLoss;

    @Option(names = "--max-orders-per-minute", paramLabel = "N", defaultValue = "10",
            description = "Risk: most orders in any minute (default ${DEFAULT-VALUE}).")
    int maxOrdersPerMinute;

    @Option(names = "--flatten-minutes", paramLabel = "M", defaultValue = "0",
            description = "Risk: stop ordering and flatten M minutes before the close (default ${DEFAULT-VALUE}: at "
                    + "the close, as the backtester).")
    int flattenMinutes;

    @Option(names = "--json", description = "Print the run as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!paper) {
            throw usage("only paper trading is supported: pass --paper");
        }
        WorkdirConfig config = workdir().requireExists().config();
        EnvConfig workdirEnv = config.section(Sections.ENV);
        ValidationGate gate = config.section(Sections.GATE);
        ModelStore models = workdir().models();
        RiskLimits limits = new RiskLimits(maxPosition == null ? Long.MAX_VALUE : maxPosition, maxDailyLoss,
                maxOrdersPerMinute, true, flattenMinutes);
        PaperTradingOptions options = new PaperTradingOptions(limits, NEW_YORK, Duration.ofSeconds(5), maxSessions,
                shadowSessions == 0 ? 0 : Math.max(shadowSessions, gate.minSessions()));
        Optional<String> active = Optional.ofNullable(models.aliases().get(Alias.ACTIVE)).map(v -> v.value());
        EnvConfig env = active.map(v -> BacktestEvaluator.trainedEnv(models.metadata(ModelRef.parse(v)), workdirEnv))
                .orElse(workdirEnv);
        Map<String, String> settings = new LinkedHashMap<>();
        List<Object> context = new ArrayList<>();
        BarSeries warmUp;
        SessionSeries series = null;
        int first = 0;
        int last = 0;
        String sym;
        if ("simulated".equalsIgnoreCase(broker)) {
            series = replaySeries(config);
            sym = series.symbol();
            first = firstSession(series);
            last = lastSession(series);
            settings.put("fromSession", String.valueOf(first));
            settings.put("toSession", String.valueOf(last));
            settings.put("speed", speed);
            context.add(series);
            context.add(env);
            warmUp = series.bars().slice(0, series.sessions().get(first).start());
        } else if ("alpaca".equalsIgnoreCase(broker)) {
            DataPipelineConfig src = config.section(Sections.DATA);
            sym = symbol != null ? symbol.toUpperCase(Locale.ROOT) : src.symbols().get(0);
            if (alpacaUrl != null) {
                settings.put("baseUrl", alpacaUrl);
            }
            if (alpacaDataUrl != null) {
                settings.put("dataUrl", alpacaDataUrl);
            }
            warmUp = BarSeries.builder(sym).build();
        } else {
            throw usage("unknown broker '" + broker + "'; known: simulated, alpaca");
        }
        PaperTrading.Setup setup = new PaperTrading.Setup(workdir().dir(), sym, broker.toLowerCase(Locale.ROOT),
                settings, context, models, workdirEnv, m -> BacktestEvaluator.trainedEnv(m, workdirEnv), gate,
                Optional.ofNullable(challenger).map(ModelRef::parse), warmUp, options, Clock.systemUTC());
        PaperRun run;
        try (PaperTrading trading = PaperTrading.open(setup)) {
            if (!json) {
                trading.nothingDeployed().ifPresent(why -> out().println(why));
                out().println("paper trading " + sym + " through " + broker + " with " + trading.champion()
                        + trading.challenger().map(c -> ", challenger " + c + " in shadow").orElse("")
                        + "; journal run " + trading.journal().runId() + " in metrics.db");
                out().flush();
            }
            run = runWithStopHook(trading);
        }
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("run", run);
            if (series != null) {
                o.put("backtest", backtest(series, env, models, active, first, last));
            }
            printJson(o);
            return 0;
        }
        for (SessionRecord r : run.champion()) {
            out().println(String.format(Locale.ROOT, "%s  %-28s P&L %+12.2f  return %+.4f %%  fills %d", r.date(),
                    r.modelVersion(), r.pnl(), 100 * r.sessionReturn(), r.fills()));
        }
        out().println(String.format(Locale.ROOT, "total: %d session(s), equity %.2f -> %.2f, P&L %+.2f (%+.4f %%); "
                        + "final position %d, open orders %d, risk breaches %d; trading at the end: %s",
                run.champion().size(), run.startEquity(), run.endEquity(), run.pnl(), 100 * run.totalReturn(),
                run.finalPosition(), run.openOrders(), run.breaches(), run.activeVersion()));
        if (!run.challenger().isEmpty()) {
            double c = run.challenger().stream().mapToDouble(SessionRecord::pnl).sum();
            out().println(String.format(Locale.ROOT, "challenger %s in shadow: %d session(s), P&L %+.2f",
                    run.challenger().get(0).modelVersion(), run.challenger().size(), c));
        }
        if (series != null && run.champion().size() == last - first) {
            PerformanceReport bt = backtest(series, env, models, active, first, last);
            double btPnl = bt.finalEquity() - bt.initialEquity();
            out().println(String.format(Locale.ROOT, "backtester, same model and sessions (DJL): equity %.2f -> %.2f, "
                            + "P&L %+.2f, %d fills: %s", bt.initialEquity(), bt.finalEquity(), btPnl, bt.trades(),
                    bt.finalEquity() == run.endEquity() ? "equal" : "DIFFERENT by " + (run.endEquity() - bt.finalEquity())));
        }
        out().flush();
        return 0;
    }

    /** Runs the loop; Ctrl-C asks it to stop gracefully and waits for the stop to finish. */
    private static PaperRun runWithStopHook(PaperTrading trading) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            trading.trader().requestStop();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "deepscalper-trade-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return trading.trader().run();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
        }
    }

    private SessionSeries replaySeries(WorkdirConfig config) {
        if ("bundled".equalsIgnoreCase(replay)) {
            if (symbol != null && !symbol.equalsIgnoreCase(BundledData.SPY)) {
                throw usage("the bundled replay holds SPY only; use --replay source for " + symbol);
            }
            return BundledData.spyJanuary2011();
        }
        if (!"source".equalsIgnoreCase(replay)) {
            throw usage("--replay must be bundled or source, not '" + replay + "'");
        }
        if (from == null || to == null) {
            throw usage("--replay source needs --from and --to");
        }
        DataPipelineConfig src = config.section(Sections.DATA);
        String sym = symbol != null ? symbol.toUpperCase(Locale.ROOT) : src.symbols().get(0);
        DataSource ds = Providers.byName(DataSource.class, src.source()).configure(src.sourceOptions());
        Instant a = from.atStartOfDay(NEW_YORK).toInstant();
        Instant b = to.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        SessionSeries s = new NyseSessions().split(ds.fetch(sym, BarInterval.ONE_MINUTE, a, b));
        if (s.sessions().isEmpty()) {
            throw new IllegalArgumentException("no trading session of " + sym + " between " + from + " and " + to
                    + " in source '" + src.source() + "'");
        }
        return s;
    }

    private int firstSession(SessionSeries s) {
        for (int i = 0; i < s.sessions().size(); i++) {
            if (from == null || !s.sessions().get(i).date().isBefore(from)) {
                return i;
            }
        }
        throw usage("no replayed session on or after --from " + from);
    }

    private int lastSession(SessionSeries s) {
        int end = 0;
        for (int i = 0; i < s.sessions().size(); i++) {
            if (to == null || !s.sessions().get(i).date().isAfter(to)) {
                end = i + 1;
            }
        }
        if (end <= firstSession(s)) {
            throw usage("no replayed session between --from " + from + " and --to " + to);
        }
        return end;
    }

    /** The backtester on the same sessions with the same model, acting through DJL as {@code backtest} does. */
    private PerformanceReport backtest(SessionSeries series, EnvConfig env, ModelStore models, Optional<String> active,
                                       int first, int last) {
        Backtester bt = new Backtester(series, env);
        if (active.isEmpty()) {
            return bt.run(new FlatPolicy(), first, last);
        }
        LoadedModel model = models.load(ModelRef.parse(active.get()));
        try (DjlQNetwork net = DjlQNetwork.of(model.metadata().network(), model.parameters(), 1)) {
            return bt.run(new DqnPolicy(net, active.get()), first, last);
        }
    }
}
