package io.deepscalper.cli;

import io.deepscalper.cli.command.BacktestCommand;
import io.deepscalper.cli.command.ConfigCommand;
import io.deepscalper.cli.command.DashboardCommand;
import io.deepscalper.cli.command.DateOption;
import io.deepscalper.cli.command.ExportCommand;
import io.deepscalper.cli.command.GlobalOptions;
import io.deepscalper.cli.command.MetricsCommand;
import io.deepscalper.cli.command.ModelsCommand;
import io.deepscalper.cli.command.RetrainCommand;
import io.deepscalper.cli.command.StartCommand;
import io.deepscalper.cli.command.StatusCommand;
import io.deepscalper.cli.command.StopCommand;
import io.deepscalper.cli.command.TradeCommand;
import io.deepscalper.cli.command.TuneCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code deepscalper} command: the continuous-training daemon and the tools to inspect and drive
 * it. Exit codes are picocli's: 0 ok, 1 failure, 2 usage error. Errors print as one line; the stack
 * trace only with {@code --verbose}.
 */
@Command(name = "deepscalper", mixinStandardHelpOptions = true, version = "deepscalper 0.1.0-SNAPSHOT",
        description = "Keeps a DeepScalper intraday trading agent trained on fresh data, and inspects it.",
        subcommands = {StartCommand.class, StopCommand.class, StatusCommand.class, MetricsCommand.class,
                ModelsCommand.class, RetrainCommand.class, ExportCommand.class, ConfigCommand.class,
                BacktestCommand.class, TuneCommand.class, TradeCommand.class, DashboardCommand.class,
                AutoComplete.GenerateCompletion.class},
        footer = {"", "Run 'deepscalper <command> --help' for a command's options.",
                "Shell completion: source <(deepscalper generate-completion)"})
public final class DeepScalperCli implements Runnable, GlobalOptions {

    @Option(names = "--workdir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Working directory (config, metrics, models, checkpoints). Default: ${DEFAULT-VALUE}",
            defaultValue = "./continuous_training")
    Path workdir;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces and debug logs.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Path workdir() {
        return workdir.toAbsolutePath().normalize();
    }

    @Override
    public boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** @return a command line with the error handlers and exit codes set up */
    public static CommandLine commandLine() {
        DeepScalperCli root = new DeepScalperCli();
        CommandLine cl = new CommandLine(root);
        // after the subcommands exist, so that every one of them gets it
        cl.registerConverter(LocalDate.class, new DateOption());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + oneLine(ex));
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            // picocli's own handler offers "Did you mean ..."; a handler of our own must ask for it
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return 2;
        });
        return cl;
    }

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        Logging.configure(verbose);
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /**
     * The one-line error: the exception's message plus its root cause when the message does not already
     * carry it, so that "could not write checkpoint" says "No space left on device" (issue 19.6).
     */
    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            Throwable c = ex.getCause();
            m = c != null && c.getMessage() != null ? c.getMessage() : ex.toString();
        }
        Throwable root = ex;
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        if (root != ex) {
            String cause = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                    : root.getMessage();
            if (!m.contains(cause)) {
                m = m + " (cause: " + cause + ")";
            }
        }
        return m.replace('\n', ' ');
    }
}
