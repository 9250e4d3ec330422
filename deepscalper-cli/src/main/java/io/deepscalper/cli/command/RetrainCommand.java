package io.deepscalper.cli.command;

import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.cli.progress.ProgressAssembly;
import io.deepscalper.cli.progress.ProgressMode;
import io.deepscalper.continuous.RetrainReport;
import io.deepscalper.continuous.TrainerCommand;
import io.deepscalper.continuous.wiring.Feeds;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retrain [--full] [--symbol S]}: queued to the running trainer through the working directory,
 * or run here, in this process, when no trainer runs.
 */
@Command(name = "retrain", mixinStandardHelpOptions = true,
        description = {"Retrain now: queued to the running trainer, or run in this process when none runs.",
                "Incremental (from the champion) unless --full; validated and promoted like any retrain."})
public final class RetrainCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--full", description = "Train fresh parameters for the full number of steps.")
    boolean full;

    @Option(names = "--symbol", paramLabel = "S", description = "Train on this configured symbol only.")
    String symbol;

    @Option(names = "--clock", paramLabel = "KIND", defaultValue = "auto",
            description = "When run in this process: simulated, wall or auto (default ${DEFAULT-VALUE}).")
    String clockKind;

    @Option(names = "--no-progress", description = "No progress output at all (same as --progress none).")
    boolean noProgress;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "bar (redraws itself), lines (a plain line every 10 s, for logs and pipes), none, or auto: "
                    + "a bar on a terminal, lines otherwise (default ${DEFAULT-VALUE}).")
    String progress;

    @Override
    public Integer call() throws Exception {
        progressMode();
        Workdir w = workdir();
        String sym = symbol == null ? null : symbol.trim().toUpperCase(Locale.ROOT);
        RetrainRequest request = new RetrainRequest(full, sym, java.time.Instant.now(),
                System.getProperty("user.name", "cli"));
        Optional<Long> pid = w.runningTrainer();
        if (pid.isPresent()) {
            Path file = w.commands().submit(TrainerCommand.retrain(request));
            out().println("retrain queued for the running trainer (pid " + pid.get() + "): " + file.getFileName());
            out().flush();
            return 0;
        }
        Files.createDirectories(w.dir());
        WorkdirConfig config = w.config();
        DataPipelineConfig src = config.section(Sections.DATA);
        if (sym != null && !src.symbols().contains(sym)) {
            throw usage("--symbol " + sym + " is not a configured symbol " + src.symbols()
                    + "; add it with config --set data.symbols=...");
        }
        ClockSetup cs = ClockSetup.choose(clockKind, src, w.dir());
        try (TrainerAssembly a = ProgressAssembly.open(w, config, cs.clock(), Feeds.open(src, w.dir(), cs.clock()), progressMode(), out())) {
            a.trainer().start().ifPresent(r -> out().println(r.outcome() == RetrainReport.Outcome.SKIPPED ? r.message()
                    : "resumed: " + r.message()));
            RetrainReport r = a.trainer().retrainNow(request);
            out().println(r.message());
            out().flush();
            return r.outcome() == RetrainReport.Outcome.REGISTERED ? 0 : 1;
        }
    }

    private ProgressMode progressMode() {
        try {
            return noProgress ? ProgressMode.NONE : ProgressMode.parse(progress);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
