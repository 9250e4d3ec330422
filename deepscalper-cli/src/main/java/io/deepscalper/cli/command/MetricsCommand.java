package io.deepscalper.cli.command;

import io.deepscalper.cli.command.Table;
import io.deepscalper.monitoring.plot.TrainingChart;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrainingMetric;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code metrics [--last N] [--export FILE.csv] [--plot FILE.png]}: the latest training metrics from
 * the metrics store, read-only (works while a trainer writes).
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Show the latest training metrics; export them as CSV or plot them (safe while training).")
public final class MetricsCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--last", paramLabel = "N", defaultValue = "20",
            description = "How many of the latest rows to show (default ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--export", paramLabel = "FILE.csv", description = "Write every training metric row as CSV.")
    Path export;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Write a PNG chart of loss, returns and "
            + "evaluation Sharpe over steps.")
    Path plot;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        if (last < 1) {
            throw usage("--last must be >= 1 but was " + last);
        }
        if (plot != null && !plot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw usage("--plot needs a .png file name but was " + plot);
        }
        try (MetricsStore store = workdir().requireExists().readMetrics().orElseThrow(() -> new IllegalStateException(
                "no metrics.db in " + root.workdir() + " yet; run 'deepscalper start' first"))) {
            if (export != null) {
                long rows = store.exportCsv(export.toAbsolutePath());
                out().println("wrote " + rows + " rows to " + export.toAbsolutePath());
            }
            if (plot != null) {
                TrainingChart.write(store, plot.toAbsolutePath(), 1200, 800);
                out().println("wrote chart " + plot.toAbsolutePath());
            }
            if (export == null && plot == null || json) {
                List<TrainingMetric> rows = store.recent(last);
                if (json) {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (TrainingMetric m : rows) {
                        out.add(row(m));
                    }
                    printJson(out);
                } else {
                    Table t = new Table("time", "kind", "step", "loss", "q_loss", "aux_loss", "raw_return", "epsilon");
                    for (TrainingMetric m : rows) {
                        t.row(Instant.ofEpochMilli(m.timestampMillis()), m.kind(), m.step(), m.loss(), m.qLoss(),
                                m.auxLoss(), m.rawReturn(), m.epsilon());
                    }
                    out().print(t.isEmpty() ? "no training metrics yet\n" : t.render());
                }
            }
        }
        out().flush();
        return 0;
    }

    private static Map<String, Object> row(TrainingMetric m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("timestampMillis", m.timestampMillis());
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
