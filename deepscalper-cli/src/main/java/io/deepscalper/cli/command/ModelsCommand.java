package io.deepscalper.cli.command;

import io.deepscalper.api.model.CleanupReport;
import io.deepscalper.api.model.MetricDelta;
import io.deepscalper.api.model.ModelComparison;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.cli.command.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        @Option(names = "--list", description = "List versions with metrics and aliases (the default).")
        boolean list;

        @Option(names = "--activate", paramLabel = "V", description = "Make V active and champion (its gate must "
                + "have passed, unless --force).")
        String activate;

        @Option(names = "--rollback", description = "Return to the previously active version.")
        boolean rollback;

        @Option(names = "--compare", arity = "2", paramLabel = "V", description = "Compare two versions metric by metric.")
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
        ModelStore models = workdir().requireExists().models();
        if (action.activate != null) {
            ModelRef ref = ModelRef.parse(action.activate);
            ModelVersion v = force ? models.forceActivate(ref, reason != null ? reason
                    : "forced from the CLI by " + System.getProperty("user.name")) : models.activate(ref);
            out().println("activated " + v.id() + (force ? " (forced)" : ""));
        } else if (action.rollback) {
            ModelVersion v = models.rollback(reason != null ? reason : "rollback from the CLI");
            out().println("rolled back to " + v.id());
        } else if (action.compare != null) {
            compare(models.compare(ModelRef.parse(action.compare.get(0)), ModelRef.parse(action.compare.get(1))));
        } else if (action.cleanup) {
            CleanupReport r = models.cleanup();
            if (json) {
                printJson(r);
            } else {
                out().println(r.clean() ? "registry is clean" : "repaired: " + r);
            }
        } else {
            list(models.list());
        }
        out().flush();
        return 0;
    }

    private void list(List<ModelVersion> versions) {
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
                r.put("aliases", new TreeSet<>(v.aliases().stream().map(a -> a.key()).toList()));
                r.put("metrics", v.metrics());
                rows.add(r);
            }
            printJson(rows);
            return;
        }
        Table t = new Table("version", "created", "kind", "parent", "trigger", "gate", "aliases", "sharpe",
                "total_return", "max_drawdown");
        for (ModelVersion v : versions) {
            t.row(v.id(), v.createdAt(), v.kind(), v.parent(), v.trigger(), v.gate(),
                    String.join(",", new TreeSet<>(v.aliases().stream().map(a -> a.key()).toList())),
                    v.metrics().get("sharpe"), v.metrics().get("total_return"), v.metrics().get("max_drawdown"));
        }
        out().print(t.isEmpty() ? "no model versions yet\n" : t.render());
    }

    private void compare(ModelComparison c) {
        if (json) {
            printJson(c);
            return;
        }
        Table t = new Table("metric", c.a().value(), c.b().value(), "difference", "relative");
        for (MetricDelta d : c.rows()) {
            t.row(d.metric(), d.a(), d.b(), d.difference(), d.relativeDifference());
        }
        out().print(t.render());
    }
}
