package io.deepscalper.cli.command;

import io.deepscalper.monitoring.plot.TrainingChart;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.MetricsTable;
import io.deepscalper.monitoring.store.TrainingFilter;
import io.deepscalper.monitoring.store.TrainingMetric;
import io.deepscalper.monitoring.store.TrainingRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code metrics [--run RUN | --version V] [--last N] [--runs] [--export FILE.csv] [--plot FILE.png]}: the
 * training metrics of the metrics store, read-only (works while a trainer writes), told apart by run and version.
 */
// no mixinStandardHelpOptions: its -V/--version would take the name of the --version filter (the program's
// version is 'deepscalper --version')
@Command(name = "metrics",
        description = {"Show the latest training metrics; export them as CSV or plot them (safe while training).",
                "Rows carry the run that wrote them and the model version it produced or continued; "
                        + "--runs lists the runs, --run and --version pick one."})
public final class MetricsCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--last", paramLabel = "N", defaultValue = "20",
            description = "How many of the latest rows to show (default ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--run", paramLabel = "RUN", description = "Only the rows of this run (see --runs).")
    String run;

    @Option(names = "--version", paramLabel = "VERSION",
            description = "Only the rows of the run(s) that produced or continued this model version.")
    String version;

    @Option(names = "--runs", description = "List the training runs: mode, trigger, versions, cycle, outcome.")
    boolean runs;

    @Option(names = "--export", paramLabel = "FILE.csv", description = "Write the training metric rows (every "
            + "column, run_id and model_version included) as CSV; --run/--version narrow them.")
    Path export;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Write a PNG chart: loss and returns over "
            + "steps with one series per run, evaluation Sharpe over cycles.")
    Path plot;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        if (last < 1) {
            throw usage("--last must be >= 1 but was " + last);
        }
        if (plot != null && !plot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw usage("--plot needs a .png file name but was " + plot);
        }
        TrainingFilter filter = filter();
        try (MetricsStore store = workdir().requireExists().readMetrics().orElseThrow(() -> new IllegalStateException(
                "no metrics.db in " + root.workdir() + " yet; run 'deepscalper start' first"))) {
            List<TrainingRun> known = store.runs();
            if (run != null && known.stream().noneMatch(r -> r.runId().equals(run))) {
                throw usage("no run '" + run + "' in " + store.file() + "; known runs: " + ids(known));
            }
            if (export != null) {
                long rows = store.exportCsv(MetricsTable.TRAINING_METRICS, filter, export.toAbsolutePath());
                out().println("wrote " + rows + " rows to " + export.toAbsolutePath());
            }
            if (plot != null) {
                Map<String, Integer> drawn = TrainingChart.write(store, filter, plot.toAbsolutePath(), 1200, 900);
                out().println("wrote chart " + plot.toAbsolutePath() + " (" + drawn.get("runs") + " run(s)"
                        + (drawn.get("runsLeftOut") > 0 ? ", the latest; " + drawn.get("runsLeftOut")
                        + " older left out, pick one with --run" : "") + ")");
            }
            if (runs) {
                printRuns(known);
            } else if (export == null && plot == null || json) {
                printRows(store.recent(last, filter));
            }
        }
        out().flush();
        return 0;
    }

    private TrainingFilter filter() {
        try {
            return new TrainingFilter(run, version);
        } catch (IllegalArgumentException e) {
            throw usage("--run and --version need a value: " + e.getMessage());
        }
    }

    private void printRows(List<TrainingMetric> rows) {
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (TrainingMetric m : rows) {
                out.add(row(m));
            }
            printJson(out);
            return;
        }
        Table t = new Table("time", "run", "version", "kind", "step", "loss", "q_loss", "aux_loss", "raw_return",
                "epsilon");
        for (TrainingMetric m : rows) {
            t.row(Instant.ofEpochMilli(m.timestampMillis()), m.runId(), m.modelVersion(), m.kind(), m.step(),
                    m.loss(), m.qLoss(), m.auxLoss(), m.rawReturn(), m.epsilon());
        }
        out().print(t.isEmpty() ? "no training metrics" + (run == null && version == null ? " yet" : " for "
                + (run != null ? "run " + run : "") + (run != null && version != null ? " and " : "")
                + (version != null ? "version " + version : "")) + "\n" : t.render());
    }

    private void printRuns(List<TrainingRun> known) {
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (TrainingRun r : known) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("runId", r.runId());
                m.put("mode", r.mode());
                m.put("trigger", r.trigger());
                m.put("parentVersion", r.parentVersion());
                m.put("modelVersion", r.modelVersion());
                m.put("cycle", r.cycle() < 0 ? null : r.cycle());
                m.put("startedMillis", r.startedMillis());
                m.put("endedMillis", r.endedMillis() < 0 ? null : r.endedMillis());
                m.put("outcome", r.outcome());
                m.put("steps", r.steps() < 0 ? null : r.steps());
                out.add(m);
            }
            printJson(out);
            return;
        }
        Table t = new Table("run", "mode", "trigger", "continued", "version", "cycle", "started", "ended", "outcome",
                "steps");
        for (TrainingRun r : known) {
            t.row(r.runId(), r.mode(), r.trigger(), r.parentVersion(), r.modelVersion(), r.cycle() < 0 ? "" : r.cycle(),
                    Instant.ofEpochMilli(r.startedMillis()), r.endedMillis() < 0 ? "" : Instant.ofEpochMilli(r.endedMillis()),
                    r.outcome() == null ? "running" : r.outcome(), r.steps() < 0 ? "" : r.steps());
        }
        out().print(t.isEmpty() ? "no training runs yet\n" : t.render());
    }

    private static String ids(List<TrainingRun> known) {
        if (known.isEmpty()) {
            return "(none yet)";
        }
        List<String> ids = known.stream().map(TrainingRun::runId).toList();
        return ids.size() <= 10 ? String.join(", ", ids)
                : "..., " + String.join(", ", ids.subList(ids.size() - 10, ids.size())) + " (see --runs)";
    }

    private static Map<String, Object> row(TrainingMetric m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("timestampMillis", m.timestampMillis());
        r.put("runId", m.runId());
        r.put("modelVersion", m.modelVersion());
        r.put("kind", m.kind());
        r.put("step", m.step());
        r.put("loss", finite(m.loss()));
        r.put("qLoss", finite(m.qLoss()));
        r.put("auxLoss", finite(m.auxLoss()));
        r.put("rawReturn", finite(m.rawReturn()));
        r.put("epsilon", finite(m.epsilon()));
        return r;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
