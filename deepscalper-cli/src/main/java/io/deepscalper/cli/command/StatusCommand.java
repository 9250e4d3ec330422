package io.deepscalper.cli.command;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.cli.command.Table;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.continuous.PendingRun;
import io.deepscalper.continuous.Probation;
import io.deepscalper.monitoring.store.EvaluationRecord;
import io.deepscalper.monitoring.store.MetricPoint;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.monitoring.store.TrainingMetric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status [--detailed] [--json]}: whether a trainer runs, what it is doing, the schedule, the
 * champion. Reads only (the lock, {@code state.json}, the registry catalog and the metrics store), so
 * it works while a trainer runs in another process.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show whether a trainer runs, its phase, schedule and champion (safe while it runs).",
                "Says plainly when nothing is deployed, and why; --detailed adds the champion's probation."})
public final class StatusCommand extends BaseCommand implements Callable<Integer> {
    private static final String[] PHASES = {"stopped", "idle", "training", "validating"};

    @Option(names = "--detailed", description = "Add recent triggers, evaluations, health and training metrics.")
    boolean detailed;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        Workdir w = workdir().requireExists();
        Map<String, Object> s = new LinkedHashMap<>();
        Optional<Long> pid = w.runningTrainer();
        s.put("workdir", w.dir().toString());
        s.put("running", pid.isPresent());
        s.put("pid", pid.orElse(null));
        OrchestratorState state = OrchestratorState.load(w.dir());
        s.put("cycles", state.cycles());
        s.put("retrains", state.completedRetrains());
        // every time stamp status shows (lastRetrain, version ids, events) is on the trainer's clock: say which one
        s.put("clock", state.simulationStart() == null ? "wall" : "simulated from " + state.simulationStart());
        s.put("clockAt", state.clockAt() == null ? null : state.clockAt().toString());
        s.put("cycleInProgress", state.cycleInProgress());
        s.put("lastRetrain", state.lastRetrain() == null ? null : state.lastRetrain().toString());
        Optional<PendingRun> pending = PendingRun.load(w.dir().resolve("checkpoints"));
        s.put("pendingRun", pending.map(p -> p.runId() + " (" + p.mode() + ", trigger " + p.trigger() + ")")
                .orElse(null));
        s.put("queuedCommands", w.commands().peek().size());
        ModelStore models = w.models();
        Map<Alias, ModelVersionId> aliases = models.aliases();
        s.put("champion", str(aliases.get(Alias.CHAMPION)));
        s.put("active", str(aliases.get(Alias.ACTIVE)));
        s.put("challenger", str(aliases.get(Alias.CHALLENGER)));
        s.put("versions", models.list().size());
        Optional<String> nothing = Deployment.nothingDeployed(w, models);
        s.put("deployed", nothing.isEmpty());
        s.put("deployment", nothing.orElse(str(aliases.get(Alias.ACTIVE)) + " is active"));
        s.put("probation", Probation.load(w.dir()).map(StatusCommand::probation).orElse(null));
        Optional<MetricsStore> store = w.readMetrics();
        String phase = "stopped";
        if (store.isPresent()) {
            try (MetricsStore m = store.get()) {
                if (pid.isPresent()) {
                    phase = last(m, "orchestrator.phase").map(p -> PHASES[(int) Math.max(0, Math.min(3, p.value()))])
                            .orElse("starting");
                }
                if (detailed) {
                    addDetails(s, m);
                }
            }
        }
        s.put("phase", phase);
        if (json) {
            printJson(s);
            return 0;
        }
        out().print(StatusView.summary(s, state, pending.orElse(null)));
        if (detailed) {
            printDetails(s);
        }
        out().flush();
        return 0;
    }

    private static String str(ModelVersionId id) {
        return id == null ? null : id.value();
    }

    /** @return the probation of the latest promoted champion, with its evidence once decided */
    private static Map<String, Object> probation(Probation p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("champion", p.champion());
        r.put("predecessor", p.predecessor());
        r.put("status", p.status().name());
        r.put("gatedThrough", p.gatedThrough().toString());
        r.put("action", p.action());
        r.put("decidedAt", p.decidedAt() == null ? null : p.decidedAt().toString());
        if (p.evidence() != null) {
            r.put("evidence", p.evidence().reason());
            r.put("probability", p.evidence().probability());
            r.put("sessions", p.evidence().sessions());
        }
        return r;
    }

    private static Optional<MetricPoint> last(MetricsStore m, String name) {
        List<MetricPoint> pts = m.metric(name, 0, Long.MAX_VALUE);
        return pts.isEmpty() ? Optional.empty() : Optional.of(pts.get(pts.size() - 1));
    }

    private static void addDetails(Map<String, Object> s, MetricsStore m) {
        List<Map<String, Object>> triggers = new ArrayList<>();
        for (TriggerEvent e : m.recentTriggerEvents(10)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("time", Instant.ofEpochMilli(e.timestampMillis()).toString());
            r.put("trigger", e.trigger());
            r.put("fired", e.fired());
            r.put("action", e.action());
            r.put("reason", e.reason());
            triggers.add(r);
        }
        s.put("recentTriggers", triggers);
        List<Map<String, Object>> evals = new ArrayList<>();
        for (EvaluationRecord e : m.recentEvaluations(5)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("version", e.modelVersion());
            r.put("time", Instant.ofEpochMilli(e.event().timestampMillis()).toString());
            r.put("cycle", e.cycle() < 0 ? null : e.cycle());
            r.put("split", e.event().split());
            r.put("from", String.valueOf(e.event().from()));
            r.put("to", String.valueOf(e.event().to()));
            r.put("sharpe", e.event().metrics().get("sharpe"));
            r.put("total_return", e.event().metrics().get("total_return"));
            r.put("max_drawdown", e.event().metrics().get("max_drawdown"));
            evals.add(r);
        }
        s.put("recentEvaluations", evals);
        List<HealthReport> health = m.recentHealthReports(1);
        s.put("health", health.isEmpty() ? null : health.get(0).summary());
        List<TrainingMetric> recent = m.recent(1);
        if (!recent.isEmpty()) {
            TrainingMetric t = recent.get(0);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("run", t.runId());
            r.put("version", t.modelVersion());
            r.put("kind", t.kind());
            r.put("step", t.step());
            r.put("loss", Double.isFinite(t.loss()) ? t.loss() : null);
            r.put("epsilon", Double.isFinite(t.epsilon()) ? t.epsilon() : null);
            r.put("time", Instant.ofEpochMilli(t.timestampMillis()).toString());
            s.put("lastTraining", r);
        }
    }

    private static String probationLine(Map<String, Object> p) {
        if (p == null) {
            return "none (no champion promoted yet)";
        }
        String head = p.get("status") + " " + p.get("champion") + (p.get("predecessor") == null ? " (no predecessor)"
                : " (predecessor " + p.get("predecessor") + ")");
        if (p.get("action") == null) {
            return head + ", gated through " + p.get("gatedThrough") + ": judged on the sessions after that";
        }
        return head + ": " + p.get("action") + (p.get("evidence") == null ? "" : "; evidence: " + p.get("evidence"))
                + " (decided " + StatusView.time(p.get("decidedAt")) + ")";
    }

    @SuppressWarnings("unchecked")
    private void printDetails(Map<String, Object> s) {
        out().println();
        out().println("health: " + (s.get("health") == null ? "no report yet" : s.get("health")));
        out().println("last training: " + StatusView.lastTraining((Map<String, Object>) s.get("lastTraining")));
        out().println("probation: " + probationLine((Map<String, Object>) s.get("probation")));
        out().println();
        Table tr = new Table("time", "trigger", "fired", "action", "reason");
        for (Map<String, Object> r : (List<Map<String, Object>>) s.getOrDefault("recentTriggers", List.of())) {
            tr.row(StatusView.time(r.get("time")), r.get("trigger"), r.get("fired"), r.get("action"), r.get("reason"));
        }
        out().println("recent triggers:");
        out().print(tr.isEmpty() ? "(none)\n" : tr.render());
        out().println();
        Table ev = new Table("time", "cycle", "version", "split", "from", "to", "sharpe", "total_return",
                "max_drawdown");
        for (Map<String, Object> r : (List<Map<String, Object>>) s.getOrDefault("recentEvaluations", List.of())) {
            ev.row(StatusView.time(r.get("time")), r.get("cycle"), r.get("version"), r.get("split"), r.get("from"),
                    r.get("to"), r.get("sharpe"), r.get("total_return"), r.get("max_drawdown"));
        }
        out().println("recent evaluations:");
        out().print(ev.isEmpty() ? "(none)\n" : ev.render());
    }
}
