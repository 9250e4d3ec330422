package io.deepscalper.cli.command;

import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.continuous.TrainerAlreadyRunningException;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import io.deepscalper.tuning.LocalTrialExecutor;
import io.deepscalper.tuning.TrialListener;
import io.deepscalper.tuning.TuningConfig;
import io.deepscalper.tuning.TuningReport;
import io.deepscalper.tuning.TuningSession;
import io.deepscalper.tuning.TuningSetup;
import io.deepscalper.tuning.sample.Sampler;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import io.deepscalper.tuning.space.ConfigOverrides;
import io.deepscalper.tuning.space.SearchSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tune --trials N [--space FILE] [--sampler random|tpe]}: a hyperparameter search on the working
 * directory's data and settings; every trial goes to {@code metrics.db}, the best one through the gate on
 * sessions the search never saw.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Search hyperparameters: trials on the training sessions, ranked on validation sessions, "
                + "the best registered through the gate on the most recent sessions (which no trial saw).",
                "Trials run in parallel within --cores (trials x train.threads <= cores); successive halving stops "
                        + "bad trials at checkpoints."})
public final class TuneCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--trials", paramLabel = "N", required = true, description = "Trials to run at most.")
    int trials;

    @Option(names = "--space", paramLabel = "FILE",
            description = "Search space JSON (default: learning rate, gamma, epsilon decay, hindsight weight, batch "
                    + "size and trunk width around the quick-start profile).")
    Path space;

    @Option(names = "--sampler", paramLabel = "NAME", defaultValue = "tpe",
            description = "random or tpe (default ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Search seed; trial i trains with seed S + i (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cores", paramLabel = "C", description = "Cores to use (default: all available).")
    Integer cores;

    @Option(names = "--wall-time", paramLabel = "MIN", description = "Wall-time budget in minutes (default: none).")
    Double wallMinutes;

    @Option(names = "--min-steps", paramLabel = "STEPS",
            description = "First successive-halving rung in steps, a multiple of train.evalIntervalSteps; 0 turns "
                    + "early stopping off (default: a quarter of train.totalSteps).")
    Long minSteps;

    @Option(names = "--eta", paramLabel = "K", defaultValue = "2",
            description = "Successive halving keeps the top 1/K at each rung (default ${DEFAULT-VALUE}).")
    int eta;

    @Option(names = "--no-register", description = "Search only; do not register the best trial.")
    boolean noRegister;

    @Option(names = "--apply",
            description = "When the best trial passes the gate, write its values into config.json (env and train), "
                    + "so that the loop's later retrains train with them.")
    boolean apply;

    @Override
    public Integer call() throws Exception {
        Workdir w = workdir();
        Files.createDirectories(w.dir());
        Optional<Long> running = w.runningTrainer();
        if (running.isPresent()) {
            throw new TrainerAlreadyRunningException(w.dir(), running);
        }
        if (trials < 1) {
            throw usage("--trials must be >= 1 but was " + trials);
        }
        Sampler s;
        try {
            s = Sampler.named(sampler);
        } catch (IllegalArgumentException e) {
            throw usage("--sampler: " + e.getMessage());
        }
        WorkdirConfig config = w.config();
        config.save(w.dir());
        TrainConfig train = config.section(Sections.TRAIN);
        DataPipelineConfig data = config.section(Sections.DATA);
        ContinuousTrainingConfig ct = config.section(Sections.CONTINUOUS);
        TuningSetup setup = new TuningSetup(config.section(Sections.ENV), train, data, config.section(Sections.GATE),
                ct.validationSessions(), config.tree());
        TuningConfig tc = new TuningConfig(trials, wallMinutes == null ? null
                : Duration.ofMillis(Math.round(wallMinutes * 60_000)), seed, validationSessions(train),
                ct.validationSessions(), new SuccessiveHalving(minSteps != null ? minSteps : defaultMinSteps(train),
                eta));
        SearchSpace sp = space != null ? SearchSpace.read(space) : SearchSpace.quickStart();
        int c = cores != null ? cores : Runtime.getRuntime().availableProcessors();
        LocalTrialExecutor executor = new LocalTrialExecutor(c, train.threads());
        Instant until = ClockSetup.trainerTime(data, w.dir());
        out().println("tuning in " + w.dir() + ": " + trials + " trials (" + s.name() + "), " + executor.parallelism()
                + " at a time, " + train.totalSteps() + " steps each, data " + data.source() + " " + data.symbols()
                + " until " + until);
        out().flush();
        TrialListener print = (id, name, r) -> {
            out().println(TuningReport.trialLine(r));
            out().flush();
        };
        TuningSession.Outcome o = TuningSession.run(w.dir(), setup, sp, s, tc, executor, until, !noRegister, print);
        TuningReport.summary(o.result(), o.registration()).forEach(out()::println);
        if (apply) {
            applyBest(w, o);
        }
        out().flush();
        return 0;
    }

    /** Writes the searched fields of a promoted best trial into config.json; the other settings stay. */
    private void applyBest(Workdir w, TuningSession.Outcome o) {
        if (o.registration().isEmpty() || !o.registration().get().promoted()) {
            out().println("--apply: config.json unchanged (the best trial did not pass the gate)");
            return;
        }
        WorkdirConfig current = w.config();
        ConfigOverrides.Settings s = ConfigOverrides.apply(current.section(Sections.ENV),
                current.section(Sections.TRAIN), o.result().best().orElseThrow().values());
        current.with(Sections.ENV, s.env()).with(Sections.TRAIN, s.train()).save(w.dir());
        out().println("--apply: wrote " + String.join(", ", o.result().best().get().values().keySet())
                + " into config.json");
    }

    /** The trainer's own snapshot-selection window when it has one, else 5 sessions. */
    static int validationSessions(TrainConfig train) {
        return train.selectionSessions() >= 2 ? train.selectionSessions() : 5;
    }

    /** A quarter of the budget, rounded down to a checkpoint (at least one checkpoint in). */
    static long defaultMinSteps(TrainConfig train) {
        long every = train.evalIntervalSteps();
        if (every <= 0) {
            return 0;
        }
        return Math.max(every, train.totalSteps() / 4 / every * every);
    }
}
