package io.deepscalper.cli.command;

import io.deepscalper.cli.command.Table;
import io.deepscalper.cli.config.WorkdirConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code config [--show] [--set KEY=VALUE]... [--reset]}: shows or edits {@code config.json}, validated. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show or edit the working directory's config.json.",
                "Keys are section.key, e.g. continuous.retrainIntervalHours=6 or data.symbols=SPY,QQQ.",
                "Every value is validated; an invalid one is refused and nothing is written.",
                "A running trainer reads the config when it starts."})
public final class ConfigCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--show", description = "Print the config (the default when nothing else is asked).")
    boolean show;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a value; repeat for several.")
    List<String> assignments = List.of();

    @Option(names = "--reset", description = "Replace config.json with the defaults.")
    boolean reset;

    @Option(names = "--json", description = "Print the config as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (reset && !assignments.isEmpty()) {
            throw usage("--reset and --set cannot be combined; reset first, then set");
        }
        WorkdirConfig config;
        if (reset) {
            config = WorkdirConfig.defaults();
            config.save(root.workdir());
            out().println("config.json reset to the defaults in " + root.workdir());
        } else {
            config = WorkdirConfig.load(root.workdir());
            for (String a : assignments) {
                config = config.set(a);
            }
            if (!assignments.isEmpty()) {
                config.save(root.workdir());
                config.warnings().forEach(err()::println);
                err().flush();
                out().println("set " + String.join(", ", assignments) + " in " + root.workdir().resolve("config.json"));
            }
        }
        if (show || (!reset && assignments.isEmpty())) {
            if (json) {
                out().println(config.toJson());
            } else {
                Table t = new Table("key", "value");
                for (Map.Entry<String, String> e : config.entries()) {
                    t.row(e.getKey(), e.getValue());
                }
                out().print(t.render());
            }
        }
        out().flush();
        return 0;
    }
}
