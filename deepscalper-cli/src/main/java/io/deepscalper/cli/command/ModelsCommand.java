package io.deepscalper.cli.command;

import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.stats.ProbabilisticSharpe;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.wiring.BacktestEvaluator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code models [--list] [--activate V] [--rollback] [--compare A B] [--cleanup]}: the model registry. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"List, activate, roll back, compare and clean up model versions.",
                "Versions are v_YYYYMMDD_HHMMSS ids or latest, active, champion, challenger."})
public final class ModelsCommand extends BaseCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true)
    Action action = new Action();

    /** The mutually exclusive actions. */
    static final class Action {
        @Option(names = "--list", description = "List versions with metrics, aliases, the gate's decision and reason "
                + "(the default).")
        boolean list;

        @Option(names = "--activate", paramLabel = "V", description = "Make V active and champion (its gate must "
                + "have passed, unless --force).")
        String activate;

        @Option(names = "--rollback", description = "Return to the previously active version.")
        boolean rollback;

        @Option(names = "--compare", arity = "2", paramLabel = "V", description = "Evaluate two versions A B now on "
                + "the same recent sessions and compare them; differences are A - B.")
        List<String> compare;

        @Option(names = "--cleanup", description = "Repair what crashed saves left behind.")
        boolean cleanup;
    }

    @Option(names = "--force", description = "With --activate: override a failed or missing gate (recorded).")
    boolean force;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded with --force and --rollback).")
    String reason;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        if (force && action.activate == null) {
            throw usage("--force only applies to --activate");
        }
        ModelStore models = action.activate != null || action.rollback ? registryOnTrainerClock()
                : workdir().requireExists().models();
        if (action.activate != null) {
            ModelRef ref = ModelRef.parse(action.activate);
            ModelVersion v = force ? models.forceActivate(ref, reason != null ? reason
                    : "forced from the CLI by " + System.getProperty("user.name")) : models.activate(ref);
            out().println("activated " + v.id() + (force ? " (forced)" : ""));
        } else if (action.rollback) {
            ModelVersion v = models.rollback(reason != null ? reason : "rollback from the CLI");
            out().println("rolled back to " + v.id());
        } else if (action.compare != null) {
            compare(models, ModelRef.parse(action.compare.get(0)), ModelRef.parse(action.compare.get(1)));
        } else if (action.cleanup) {
            CleanupReport r = models.cleanup();
            if (json) {
                printJson(r);
            } else {
                out().println(r.clean() ? "registry is clean" : "repaired: " + r);
            }
        } else {
            list(models, models.list());
        }
        out().flush();
        return 0;
    }

    /**
     * The registry on the trainer's clock, as the trainer opens it: an activation or rollback from the CLI is
     * stamped with the simulated time after a simulated run (else the wall clock), so that the registry's history
     * stays in the order of the cycles' version ids and registration times.
     */
    private ModelStore registryOnTrainerClock() {
        var w = workdir().requireExists();
        Instant now = ClockSetup.trainerTime(w.config().section(Sections.DATA), w.dir());
        return w.models(Clock.fixed(now, ZoneOffset.UTC));
    }

    private void list(ModelStore models, List<ModelVersion> versions) {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ModelVersion v : versions) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", v.id().value());
                r.put("createdAt", v.createdAt().toString());
                r.put("trigger", v.trigger());
                r.put("kind", v.kind().name());
                r.put("parent", v.parent() == null ? null : v.parent().value());
                r.put("gate", v.gate().name());
                GateResult g = gate(models, v);
                r.put("gateReason", reason(v, g));
                r.put("heldOut", heldOut(g));
                r.put("aliases", new TreeSet<>(v.aliases().stream().map(a -> a.key()).toList()));
                r.put("metrics", v.metrics());
                rows.add(r);
            }
            printJson(rows);
            return;
        }
        // each version's metrics come from its own held-out window, shown next to them; compare versions on the
        // same sessions with --compare
        Table t = new Table("version", "created", "kind", "parent", "trigger", "aliases", "held_out", "sharpe",
                "total_return", "max_drawdown", "gate", "reason");
        for (ModelVersion v : versions) {
            GateResult g = gate(models, v);
            t.row(v.id(), v.createdAt(), v.kind(), v.parent(), v.trigger(),
                    String.join(",", new TreeSet<>(v.aliases().stream().map(a -> a.key()).toList())), heldOut(g),
                    v.metrics().get("sharpe"), v.metrics().get("total_return"), v.metrics().get("max_drawdown"),
                    v.gate(), reason(v, g));
        }
        out().print(t.isEmpty() ? "no model versions yet\n" : t.render());
    }

    private static GateResult gate(ModelStore models, ModelVersion v) {
        return v.gate() == GateStatus.NOT_EVALUATED ? null : models.metadata(ModelRef.of(v.id())).validation();
    }

    private static String heldOut(GateResult g) {
        return g == null || g.heldOut() == null ? null : g.heldOut().from() + ".." + g.heldOut().to();
    }

    /** @return why the gate decided as it did: the failed checks, or the evidence against flat when it passed */
    private static String reason(ModelVersion v, GateResult g) {
        if (g == null) {
            return "no gate was run";
        }
        if (!g.passed()) {
            return String.join("; ", g.failures());
        }
        return g.checks().stream().filter(c -> c.kind().equals(GateCheck.BEATS_FLAT)).map(GateCheck::reason)
                .findFirst().orElse("every check passed");
    }

    /**
     * Evaluates both versions now on the same recent sessions (never on their own held-out windows) and tests
     * the per-session difference A − B.
     */
    private void compare(ModelStore models, ModelRef refA, ModelRef refB) {
        WorkdirConfig config = workdir().config();
        List<SessionSeries> sessions = SameSessions.latest(config, workdir().dir(),
                config.section(Sections.CONTINUOUS).validationSessions());
        LoadedModel a = models.load(refA);
        LoadedModel b = models.load(refB);
        ModelEvaluation ea = evaluate(config, a, sessions);
        ModelEvaluation eb = evaluate(config, b, sessions);
        ProbabilisticSharpe.Result test = ProbabilisticSharpe.of(ea.minus(eb), 0);
        String idA = a.metadata().id().value();
        String idB = b.metadata().id().value();
        TreeSet<String> names = new TreeSet<>(ea.metrics().keySet());
        names.addAll(eb.metrics().keySet());
        String window = ea.sessionCount() + " session(s) " + ea.sessions().get(0) + " to "
                + ea.sessions().get(ea.sessionCount() - 1);
        String direction = "difference = A - B (A = " + idA + ", B = " + idB + "); positive means A is higher";
        String verdict = String.format(Locale.ROOT, "mean session return A - B = %.4g %%; probability that A is "
                        + "better = %.4g (one-sided probabilistic Sharpe ratio of the per-session differences)",
                100 * test.mean(), test.probability());
        if (json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("a", idA);
            r.put("b", idB);
            r.put("sessions", ea.sessions().stream().map(Object::toString).toList());
            r.put("direction", "a - b");
            r.put("metricsA", ea.metrics());
            r.put("metricsB", eb.metrics());
            r.put("sessionReturnsA", ea.sessionReturns());
            r.put("sessionReturnsB", eb.sessionReturns());
            r.put("meanDifference", test.mean());
            r.put("probabilityABetter", test.probability());
            printJson(r);
            return;
        }
        out().println("evaluated now on the same " + window + "; " + direction);
        Table t = new Table("metric", "A " + idA, "B " + idB, "A - B");
        for (String m : names) {
            double x = ea.metrics().getOrDefault(m, Double.NaN);
            double y = eb.metrics().getOrDefault(m, Double.NaN);
            t.row(m, x, y, x - y);
        }
        out().print(t.render());
        out().println(verdict);
    }

    private static ModelEvaluation evaluate(WorkdirConfig config, LoadedModel m, List<SessionSeries> sessions) {
        return new BacktestEvaluator(m.metadata().network(), config.section(Sections.ENV),
                config.section(Sections.TRAIN).threads()).evaluate(m.parameters(), sessions);
    }
}
