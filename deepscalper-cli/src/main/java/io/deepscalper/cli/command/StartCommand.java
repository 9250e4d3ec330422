package io.deepscalper.cli.command;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.model.Alias;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.cli.progress.ProgressAssembly;
import io.deepscalper.cli.progress.ProgressMode;
import io.deepscalper.continuous.ContinuousTrainer;
import io.deepscalper.continuous.CycleReport;
import io.deepscalper.continuous.RetrainReport;
import io.deepscalper.continuous.Sleeper;
import io.deepscalper.continuous.TrainerAlreadyRunningException;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.dashboard.DashboardOptions;
import io.deepscalper.dashboard.DashboardServer;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code start}: runs the continuous-training daemon in the working directory until {@code --max-cycles}
 * or a stop. Options given here are saved into {@code config.json}, so that later commands agree.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Run continuous training: fetch data, evaluate triggers, retrain, validate, promote.",
                "With the synthetic source the market is simulated: each cycle is the next trading day, so "
                        + "no waiting (use --clock wall to follow real time)."})
public final class StartCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--symbols", split = ",", paramLabel = "SYM", description = "Symbols to train on, e.g. SPY,QQQ.")
    List<String> symbols;

    @Option(names = "--source", paramLabel = "NAME", description = "Data source: synthetic, csv or yahoo.")
    String source;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of CSV files (csv source).")
    Path dataDir;

    @Option(names = "--update-interval", paramLabel = "MIN", description = "Minutes between data updates.")
    Integer updateInterval;

    @Option(names = "--retrain-interval", paramLabel = "H", description = "Hours between scheduled retrains.")
    Double retrainInterval;

    @Option(names = "--performance-threshold", paramLabel = "X",
            description = "Saved as continuous.performanceThreshold, which the performance trigger no longer "
                    + "uses: it tests the champion's per-session P&L for a drop or a degrading trend.")
    Double performanceThreshold;

    @Option(names = "--max-cycles", paramLabel = "N", defaultValue = "0",
            description = "Stop after N cycles (default 0: run until stopped).")
    long maxCycles;

    @Option(names = "--clock", paramLabel = "KIND", defaultValue = "auto",
            description = "simulated (next trading day per cycle), wall (real time) or auto: simulated for the "
                    + "synthetic source (default ${DEFAULT-VALUE}).")
    String clockKind;

    @Option(names = "--from", paramLabel = "DATE",
            description = "First simulated trading day, yyyy-mm-dd (implies the simulated clock; default: the "
                    + "data's first day plus data.lookbackDays for csv, else 2025-03-03; a later start continues "
                    + "where the directory's simulated clock stands).")
    LocalDate from;

    @Option(names = "--detach", description = "Run in the background; output goes to trainer.log.")
    boolean detach;

    @Option(names = "--no-progress", description = "No progress output at all (same as --progress none).")
    boolean noProgress;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "bar (redraws itself), lines (a plain line every 10 s, for logs and pipes), none, or auto: "
                    + "a bar on a terminal, lines otherwise (default ${DEFAULT-VALUE}).")
    String progress;

    @Option(names = "--dashboard", description = "Serve the live web dashboard while the trainer runs "
            + "(as 'deepscalper dashboard' does; see --dashboard-port and --dashboard-bind).")
    boolean dashboard;

    @Option(names = "--dashboard-port", paramLabel = "P", defaultValue = "" + DashboardOptions.DEFAULT_PORT,
            description = "Port of --dashboard (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int dashboardPort;

    @Option(names = "--dashboard-bind", paramLabel = "ADDR", defaultValue = DashboardOptions.LOOPBACK,
            description = "Address of --dashboard (default ${DEFAULT-VALUE}: this machine only).")
    String dashboardBind;

    @Override
    public Integer call() throws Exception {
        Workdir w = workdir();
        Files.createDirectories(w.dir());
        Optional<Long> running = w.runningTrainer();
        if (running.isPresent()) {
            throw new TrainerAlreadyRunningException(w.dir(), running);
        }
        if (!List.of("auto", "simulated", "wall").contains(clockKind)) {
            throw usage("--clock must be auto, simulated or wall but was '" + clockKind + "'");
        }
        if (maxCycles < 0) {
            throw usage("--max-cycles must be >= 0 but was " + maxCycles);
        }
        progressMode();
        if (from != null && clockKind.equals("wall")) {
            throw usage("--from sets the simulated clock's first day; it cannot be combined with --clock wall");
        }
        WorkdirConfig config = applyOptions(w.config());
        config.save(w.dir());
        config.warnings().forEach(err()::println);
        err().flush();
        if (detach) {
            return detachChild(w);
        }
        DataPipelineConfig src = config.section(Sections.DATA);
        ClockSetup cs = ClockSetup.choose(clockKind, from, src, w.dir());
        cs.record(w.dir());
        Clock clock = cs.clock();
        Sleeper sleeper = cs.sleeper();
        boolean simulated = cs.simulated();
        DataPipeline feed = Feeds.open(src, w.dir(), clock);
        DashboardServer board = dashboard
                ? DashboardLauncher.start(spec.commandLine(), w.dir(), dashboardBind, dashboardPort, out(), err()) : null;
        try (board; TrainerAssembly a = ProgressAssembly.open(w, config, clock, feed, progressMode(), out())) {
            ContinuousTrainer trainer = a.trainer();
            Thread hook = trainer.installShutdownHook(Duration.ofMinutes(2));
            try {
                out().println("deepscalper trainer pid " + ProcessHandle.current().pid() + " in " + w.dir() + " ("
                        + src.source() + " " + src.symbols() + ", " + (simulated ? "simulated market clock from " + cs.start()
                        + ", now " + Times.local(clock.instant()) : "wall clock")
                        + ")");
                a.prometheusEndpoint().ifPresent(url -> out().println("Prometheus metrics at " + url));
                out().flush();
                Optional<RetrainReport> resumed = trainer.start();
                // a run that could not resume (the network's shape changed) was discarded: say so, not "resumed"
                resumed.ifPresent(r -> print(r.outcome() == RetrainReport.Outcome.SKIPPED ? r.message()
                        : "resumed: " + r.message()));
                trainer.run(maxCycles, Duration.ofMinutes(src.updateIntervalMinutes()), sleeper, this::print);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running (SIGTERM); it waits for close() below
                }
            }
        }
        // say what is served at the end, plainly, including when nothing is
        String deployed = Deployment.nothingDeployed(w, w.models())
                .orElseGet(() -> "active: " + w.models().aliases().get(Alias.ACTIVE));
        out().println(deployed);
        out().println("stopped; state saved in " + w.dir());
        out().flush();
        return 0;
    }

    private void print(CycleReport r) {
        String fired = r.fired().isEmpty() ? "no trigger fired" : "fired: " + String.join(", ", r.fired());
        print("cycle " + r.cycle() + ": " + fired + r.retrain().map(x -> "; " + x.message()).orElse("")
                + r.probation().map(p -> "; probation of " + p.champion() + " " + p.status() + ": " + p.action()
                + (p.evidence() == null ? "" : " (" + p.evidence().reason() + ")")).orElse(""));
    }

    private void print(String line) {
        out().println(line);
        out().flush();
    }

    private WorkdirConfig applyOptions(WorkdirConfig config) {
        DataPipelineConfig current = config.section(Sections.DATA);
        DataPipelineConfig.Builder src = current.toBuilder();
        ProviderOptions options = current.sourceOptions();
        if (source != null && !source.equals(current.source())) {
            // another source's options (e.g. the quick start's synthetic "signal") mean nothing to this one
            src.source(source);
            options = ProviderOptions.empty();
            src.sourceOptions(options);
        }
        if (symbols != null && !symbols.isEmpty()) {
            src.symbols(symbols.stream().map(s -> s.trim().toUpperCase(java.util.Locale.ROOT)).toList());
        }
        if (dataDir != null) {
            src.sourceOptions(options.with("dir", dataDir.toAbsolutePath().toString()));
        }
        if (updateInterval != null) {
            src.updateIntervalMinutes(updateInterval);
        }
        ContinuousTrainingConfig ct = config.section(Sections.CONTINUOUS);
        ContinuousTrainingConfig.Builder b = ct.toBuilder();
        if (retrainInterval != null) {
            b.retrainIntervalHours(retrainInterval);
        }
        if (performanceThreshold != null) {
            b.performanceThreshold(performanceThreshold);
        }
        return config.with(Sections.DATA, src.build()).with(Sections.CONTINUOUS, b.build());
    }

    private int detachChild(Workdir w) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        // the engine's settings (e.g. ai.djl.offline) hold for the background trainer too
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("ai.djl.")).sorted()
                .forEach(k -> cmd.add("-D" + k + "=" + System.getProperty(k)));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.deepscalper.cli.DeepScalperCli", "--workdir", w.dir().toString(), "start", "--no-progress",
                "--max-cycles", Long.toString(maxCycles), "--clock", clockKind));
        if (from != null) {
            cmd.add("--from");
            cmd.add(from.toString());
        }
        if (dashboard) {
            cmd.addAll(List.of("--dashboard", "--dashboard-port", Integer.toString(dashboardPort), "--dashboard-bind",
                    dashboardBind));
        }
        Path log = w.dir().resolve("trainer.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (w.runningTrainer().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!p.isAlive() && w.runningTrainer().isEmpty()) {
            throw new IllegalStateException("the detached trainer exited with code " + p.exitValue() + "; see " + log);
        }
        out().println("trainer started in the background, pid " + p.pid() + "; log: " + log);
        out().flush();
        return 0;
    }

    private ProgressMode progressMode() {
        try {
            return noProgress ? ProgressMode.NONE : ProgressMode.parse(progress);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
