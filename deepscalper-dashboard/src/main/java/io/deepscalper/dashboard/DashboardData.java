package io.deepscalper.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each JSON endpoint returns, as maps and lists ready to serialise: one method per page section. Each
 * call reads the working directory afresh (a new read-only connection to the metrics store, the registry
 * catalog, the state files), so the page follows a running trainer and nothing is cached between polls.
 */
public final class DashboardData {
    /** Phases in the order of the orchestrator's {@code orchestrator.phase} codes. */
    private static final String[] PHASES = {"stopped", "idle", "training", "validating"};
    /** Upper bound on the points of one curve: enough for a chart, small enough to poll every few seconds. */
    static final int MAX_POINTS = 1500;
    /** Rows of an event list (triggers, alerts, breaches, ...) shown: the newest; the run summaries count them all. */
    static final int RECENT = 500;
    /** Paper sessions shown: a run of a year of sessions with its shadow challenger. */
    private static final int SESSIONS = 2_000;
    private static final int RECENT_ORDERS = 200;

    private final Path workdir;
    private final WorkdirFiles files;
    private final RegistryView registry;

    /** @param workdir the working directory to read */
    public DashboardData(Path workdir) {
        this.workdir = workdir.toAbsolutePath().normalize();
        this.files = new WorkdirFiles(this.workdir);
        this.registry = new RegistryView(this.workdir);
    }

    /** A read of the metrics store; absent store means an empty answer, not an error. */
    private interface Read<T> {
        T apply(MetricsQueries q) throws SQLException;
    }

    private <T> T metrics(Read<T> read, T whenAbsent) {
        Optional<MetricsQueries> q = MetricsQueries.open(workdir);
        if (q.isEmpty()) {
            return whenAbsent;
        }
        try (MetricsQueries m = q.get()) {
            return read.apply(m);
        } catch (SQLException e) {
            throw new DashboardException("reading the metrics store in " + workdir + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * @return the overview: whether a trainer runs and its phase, cycles, the trainer clock's position, last and
     *         next scheduled retrain, aliases, version count, the newest health report and training row
     */
    public Map<String, Object> overview() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("workdir", workdir.toString());
        Optional<Long> pid = files.runningTrainer();
        o.put("running", pid.isPresent());
        o.put("pid", pid.orElse(null));
        Optional<JsonNode> state = files.state();
        o.put("cycles", state.map(s -> s.path("cycles").asLong()).orElse(0L));
        o.put("retrains", state.map(s -> s.path("completedRetrains").asLong()).orElse(0L));
        o.put("cycleInProgress", state.map(s -> s.path("cycleInProgress").asBoolean()).orElse(false));
        o.put("clock", state.map(s -> s.path("simulationStart").isTextual()
                ? "simulated from " + s.path("simulationStart").asText() : "wall").orElse("wall"));
        o.put("lastCycleAt", WorkdirFiles.instant(state, "clockAt").map(Object::toString).orElse(null));
        o.put("lastRetrain", WorkdirFiles.instant(state, "lastRetrain").map(Object::toString).orElse(null));
        o.put("retrainIntervalHours", files.retrainIntervalHours());
        o.put("scheduleDisabled", files.scheduleDisabled());
        o.put("nextScheduledRetrain", files.nextScheduledRetrain().map(Object::toString).orElse(null));
        Map<String, String> aliases = registry.aliases();
        o.put("champion", aliases.get("champion"));
        o.put("active", aliases.get("active"));
        o.put("challenger", aliases.get("challenger"));
        o.put("versions", registry.versions().size());
        metrics(m -> {
            String phase = "stopped";
            if (pid.isPresent()) {
                phase = m.lastMetric("orchestrator.phase")
                        .map(p -> PHASES[(int) Math.max(0, Math.min(3, ((Number) p.get("value")).doubleValue()))])
                        .orElse("starting");
            }
            o.put("phase", phase);
            List<Map<String, Object>> health = m.health(1);
            o.put("health", health.isEmpty() ? null : health.get(0));
            o.put("lastTraining", m.lastTrainingRow().orElse(null));
            o.put("alerts", m.alerts(5));
            return null;
        }, null);
        o.putIfAbsent("phase", pid.isPresent() ? "starting" : "stopped");
        return o;
    }

    /** @return the training runs, oldest first */
    public List<Map<String, Object>> runs() {
        return metrics(MetricsQueries::runs, List.of());
    }

    /** @return the curves of one run (see {@link MetricsQueries#training}) */
    public Map<String, Object> training(String run) {
        return metrics(m -> m.training(run, MAX_POINTS), null);
    }

    /**
     * @return every evaluation with its version, window, time, metrics and the baselines (flat, buy and hold,
     *         random, momentum) on the same sessions
     */
    public List<Map<String, Object>> evaluations() {
        return EvaluationAttribution.attribute(metrics(MetricsQueries::evaluations, List.of()));
    }

    /** @return the gate record of each version: passed, champion, held-out window and every check */
    public List<Map<String, Object>> gate() {
        return registry.gateDecisions();
    }

    /** @return the newest trigger decisions, oldest first */
    public List<Map<String, Object>> triggers() {
        return metrics(m -> m.triggers(RECENT), List.of());
    }

    /** @return the versions with lineage and aliases, and the registry's event history */
    public Map<String, Object> versions() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aliases", registry.aliases());
        out.put("versions", registry.versions());
        out.put("history", registry.history());
        return out;
    }

    /**
     * @return one version's page: catalog entry, metadata, gate record, export formats, and its evaluations (those
     *         made while it was trained and those of it on held-out sessions, see {@link EvaluationAttribution})
     */
    public Map<String, Object> version(String id) {
        Map<String, Object> v = registry.version(id);
        List<Map<String, Object>> evals = new ArrayList<>();
        for (Map<String, Object> e : evaluations()) {
            if (id.equals(e.get("forVersion"))) {
                evals.add(e);
            }
        }
        v.put("evaluations", evals);
        return v;
    }

    /**
     * @return the paper-trading section: {@code recorded} (false before the first paper run, with a {@code note}),
     *         the runs with per-role P&amp;L and versions, every session result of the champion and the shadow
     *         challenger, and the newest orders, fills, risk breaches and run events (promotions, rollbacks, ...)
     */
    public Map<String, Object> paper() {
        Map<String, Object> out = new LinkedHashMap<>();
        metrics(m -> {
            PaperQueries p = new PaperQueries(m);
            List<Map<String, Object>> runs = p.runs();
            out.put("recorded", !runs.isEmpty());
            out.put("runs", runs);
            out.put("sessions", p.sessions(SESSIONS));
            out.put("orders", p.orders(RECENT_ORDERS));
            out.put("fills", p.fills(RECENT_ORDERS));
            out.put("breaches", p.breaches(RECENT));
            out.put("events", p.events(RECENT));
            return null;
        }, null);
        if (!Boolean.TRUE.equals(out.get("recorded"))) {
            out.clear();
            out.put("recorded", false);
            out.put("note", "no paper trading recorded in this directory yet (deepscalper trade --paper writes it)");
            for (String k : List.of("runs", "sessions", "orders", "fills", "breaches", "events")) {
                out.put(k, List.of());
            }
        }
        return out;
    }

    /**
     * @return the tuning section: {@code recorded} (false before the first search, with a {@code note}), every
     *         search with its status counts, its best trial and, where the search registered one, the version with
     *         its gate outcome ({@code registered}), and every trial with its values, curve and metrics
     */
    public Map<String, Object> tuning() {
        Map<String, Object> out = new LinkedHashMap<>();
        metrics(m -> {
            TrialQueries t = new TrialQueries(m);
            List<Map<String, Object>> searches = t.searches();
            // the table comes with the store's schema, so an empty one is as unsearched as a missing one
            out.put("recorded", !searches.isEmpty());
            out.put("searches", searches);
            out.put("trials", t.trials());
            return null;
        }, null);
        if (!Boolean.TRUE.equals(out.get("recorded"))) {
            out.clear();
            out.put("recorded", false);
            out.put("note", "no hyperparameter search recorded in this directory yet (deepscalper tune writes it)");
            out.put("searches", List.of());
            out.put("trials", List.of());
            return out;
        }
        Map<String, Map<String, Object>> tuned = registry.tunedVersions();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) out.get("searches");
        for (Map<String, Object> s : found) {
            s.remove("firstId");
            s.put("registered", tuned.get((String) s.get("search")));
        }
        return out;
    }

    /** @return the newest data-quality and drift reports per symbol and update */
    public List<Map<String, Object>> data() {
        return metrics(m -> m.dataReports(RECENT), List.of());
    }

    /**
     * @return the newest model-health reports with their whole-network statistics (loss, gradient norm, ...),
     *         the newest report in full ({@code latest}: every layer's gradient and weight norm too), and the
     *         alerts. The per-layer figures of older reports are left out: they are 95 % of a report's bytes and
     *         the page polls this every few seconds.
     */
    public Map<String, Object> health() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> reports = metrics(m -> m.health(RECENT), List.of());
        out.put("latest", reports.isEmpty() ? null : new LinkedHashMap<>(reports.get(reports.size() - 1)));
        for (Map<String, Object> r : reports) {
            if (r.get("statistics") instanceof Map<?, ?> stats) {
                Map<Object, Object> network = new LinkedHashMap<>();
                stats.forEach((k, v) -> {
                    if (!String.valueOf(k).contains(".")) { // per-layer keys are "grad_norm.trunk.0.weight"
                        network.put(k, v);
                    }
                });
                r.put("statistics", network);
            }
        }
        out.put("reports", reports);
        out.put("alerts", metrics(m -> m.alerts(RECENT), List.of()));
        return out;
    }
}
