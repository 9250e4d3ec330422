package io.deepscalper.spark;

import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.tuning.TrialListener;
import io.deepscalper.tuning.TuningConfig;
import io.deepscalper.tuning.TuningReport;
import io.deepscalper.tuning.TuningSession;
import io.deepscalper.tuning.TuningSetup;
import io.deepscalper.tuning.sample.Sampler;
import io.deepscalper.tuning.schedule.SuccessiveHalving;
import io.deepscalper.tuning.space.SearchSpace;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The spark-submit entry of a search: {@code deepscalper tune} with trials as Spark tasks. It reads the working
 * directory's {@code config.json} (the quick-start profile where it has none) and writes trials, the
 * registration and its metadata into that directory, on the driver.
 *
 * <pre>
 * spark-submit --class io.deepscalper.spark.SparkTuneMain [--master local[2]] deepscalper-spark-job.jar \
 *   --workdir DIR --trials N [--space FILE] [--sampler random|tpe] [--seed S] [--parallelism P]
 *   [--min-steps STEPS] [--eta K] [--until INSTANT] [--no-register]
 * </pre>
 *
 * Without {@code --master} (run with {@code java -cp}), it uses {@code local[2]}.
 */
public final class SparkTuneMain {
    private SparkTuneMain() {
    }

    /**
     * @param args the options above
     * @throws Exception when the search fails
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Options o = Options.parse(args);
        SparkConf conf = new SparkConf().setAppName("deepscalper-tune").setIfMissing("spark.master", "local[2]");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            TuningSetup setup = TuningSetup.fromConfigFile(o.workdir.resolve("config.json"));
            int validation = setup.train().selectionSessions() >= 2 ? setup.train().selectionSessions() : 5;
            long minSteps = o.minSteps != null ? o.minSteps : defaultMinSteps(setup.train().totalSteps(),
                    setup.train().evalIntervalSteps());
            TuningConfig tc = new TuningConfig(o.trials, null, o.seed, validation, setup.gateSessions(),
                    new SuccessiveHalving(minSteps, o.eta));
            SearchSpace space = o.space != null ? SearchSpace.read(o.space) : SearchSpace.quickStart();
            int parallelism = o.parallelism != null ? o.parallelism : spark.defaultParallelism();
            Instant until = o.until != null ? o.until : defaultUntil(o.workdir);
            out.println("tuning on Spark " + spark.master() + " in " + o.workdir + ": " + o.trials + " trials ("
                    + o.sampler + "), " + parallelism + " at a time, " + setup.train().totalSteps() + " steps each, "
                    + "data " + setup.data().source() + " " + setup.data().symbols() + " until " + until);
            TrialListener print = (id, name, r) -> out.println(TuningReport.trialLine(r));
            TuningSession.Outcome outcome = TuningSession.run(o.workdir, setup, space, Sampler.named(o.sampler), tc,
                    new SparkTrialExecutor(spark, parallelism), until, o.register, print);
            TuningReport.summary(outcome.result(), outcome.registration()).forEach(out::println);
        }
    }

    /** The same rule as the CLI: a quarter of the budget, on a checkpoint. */
    static long defaultMinSteps(long totalSteps, long evalIntervalSteps) {
        if (evalIntervalSteps <= 0) {
            return 0;
        }
        return Math.max(evalIntervalSteps, totalSteps / 4 / evalIntervalSteps * evalIntervalSteps);
    }

    private static Instant defaultUntil(Path workdir) {
        OrchestratorState state = OrchestratorState.load(workdir);
        if (state.clockAt() != null) {
            return state.clockAt();
        }
        throw new IllegalArgumentException("pass --until (e.g. 2025-03-03T21:01:00Z, what `deepscalper tune` prints "
                + "as 'until'): the working directory " + workdir + " has no simulated clock to take it from");
    }

    /** The parsed command line. */
    static final class Options {
        Path workdir;
        int trials;
        Path space;
        String sampler = "tpe";
        long seed;
        Integer parallelism;
        Long minSteps;
        int eta = 2;
        Instant until;
        boolean register = true;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> a = new ArrayList<>(List.of(args));
            for (int i = 0; i < a.size(); i++) {
                String k = a.get(i);
                if (k.equals("--no-register")) {
                    o.register = false;
                    continue;
                }
                if (i + 1 >= a.size()) {
                    throw new IllegalArgumentException(k + " needs a value");
                }
                String v = a.get(++i);
                switch (k) {
                    case "--workdir" -> o.workdir = Path.of(v);
                    case "--trials" -> o.trials = Integer.parseInt(v);
                    case "--space" -> o.space = Path.of(v);
                    case "--sampler" -> o.sampler = v;
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--parallelism" -> o.parallelism = Integer.parseInt(v);
                    case "--min-steps" -> o.minSteps = Long.parseLong(v);
                    case "--eta" -> o.eta = Integer.parseInt(v);
                    case "--until" -> o.until = Instant.parse(v);
                    default -> throw new IllegalArgumentException("unknown option " + k + "; see SparkTuneMain's "
                            + "documentation");
                }
            }
            if (o.workdir == null || o.trials < 1) {
                throw new IllegalArgumentException("--workdir DIR and --trials N (>= 1) are required");
            }
            return o;
        }
    }
}
