package io.deepscalper.tuning;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.tuning.sample.Observation;
import io.deepscalper.tuning.sample.Sampler;
import io.deepscalper.tuning.select.DeflatedSharpe;
import io.deepscalper.tuning.space.SearchSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hyperparameter search. Trials run in batches of the executor's parallelism; the sampler proposes each
 * batch from the trials finished before it, and successive halving judges each batch against them (never
 * against trials running alongside), so the search is deterministic given its seed: the same trials, stopped
 * at the same steps, with the same results, whether the executor is one thread, several or a Spark cluster.
 *
 * <p>The best trial is the completed one with the highest validation total return; its deflated Sharpe ratio
 * accounts for how many trials were tried. Registering it through the gate, on sessions the search never saw, is
 * {@link CandidateRegistration}'s job.
 */
public final class Tuner {
    private static final Logger LOG = LoggerFactory.getLogger(Tuner.class);
    private final SearchSpace space;
    private final Sampler sampler;
    private final TuningConfig config;
    private final TrialExecutor executor;
    private final TrialListener listener;

    /**
     * @param space    what is searched
     * @param sampler  how values are proposed
     * @param config   the budget and rules
     * @param executor where trials run
     * @param listener told about every trial (store, print)
     */
    public Tuner(SearchSpace space, Sampler sampler, TuningConfig config, TrialExecutor executor,
                 TrialListener listener) {
        this.space = space;
        this.sampler = sampler;
        this.config = config;
        this.executor = executor;
        this.listener = listener;
    }

    /**
     * Runs the search.
     *
     * @param searchId an id for the search's records
     * @param split    the data, already split (the gate's sessions are not used here)
     * @param env      the base environment
     * @param train    the base learner: its {@code totalSteps} is every trial's budget, its {@code threads} each
     *                 trial's engine threads
     * @param scratch  a folder for checkpoints while trials run
     * @return every trial, the best one and its deflation
     */
    public TuningResult search(String searchId, TuningSplit split, EnvConfig env, TrainConfig train, Path scratch) {
        space.validate(env, train);
        if (train.evalIntervalSteps() <= 0) {
            // without checkpoint evaluations the trainer selects nothing and trains on the validation window too
            throw new InvalidConfigException("train.evalIntervalSteps", "a search needs train.evalIntervalSteps > 0 "
                    + "(is " + train.evalIntervalSteps() + "): only then are the validation sessions held out of "
                    + "training and evaluated at checkpoints");
        }
        config.requireRungsOnCheckpoints(train.evalIntervalSteps(), train.totalSteps());
        TrialContext ctx = new TrialContext(env, train, split.search(), split.validationSessions(), train.threads(),
                scratch);
        TrialRunner runner = new TrialRunner(config.schedule());
        long start = System.currentTimeMillis();
        long deadline = config.wallTime() == null ? 0 : start + config.wallTime().toMillis();
        List<TrialResult> done = new ArrayList<>();
        int next = 0;
        while (next < config.trials()) {
            if (deadline > 0 && System.currentTimeMillis() >= deadline) {
                LOG.info("search {}: wall-time budget reached after {} trials", searchId, done.size());
                break;
            }
            List<Observation> history = done.stream().map(Tuner::observation).toList();
            var thresholds = config.schedule().thresholds(done.stream().map(TrialResult::rungScores).toList());
            List<TrialSpec> batch = new ArrayList<>();
            int size = Math.min(Math.max(1, executor.parallelism()), config.trials() - next);
            for (int i = 0; i < size; i++, next++) {
                Random rng = new Random(trialStream(config.seed(), next));
                batch.add(new TrialSpec(next, config.seed() + next, sampler.propose(space, history, rng), thresholds,
                        deadline));
            }
            List<TrialResult> results = executor.run(ctx, runner, batch);
            for (TrialResult r : results) {
                listener.onTrial(searchId, sampler.name(), r);
                done.add(r);
            }
        }
        Optional<TrialResult> best = best(done);
        DeflatedSharpe dsr = best.filter(b -> b.sessionReturns().size() >= 2).map(b -> DeflatedSharpe.of(
                b.sessionReturns().stream().mapToDouble(Double::doubleValue).toArray(),
                done.stream().filter(TrialResult::completed).map(TrialResult::sharpe).toList(), done.size()))
                .orElse(null);
        return new TuningResult(searchId, sampler.name(), done, best, dsr, System.currentTimeMillis() - start);
    }

    /** @return the completed trial with the highest score, the lower number on ties */
    public static Optional<TrialResult> best(List<TrialResult> trials) {
        return trials.stream().filter(TrialResult::completed)
                .max(Comparator.comparingDouble(TrialResult::score)
                        .thenComparing(TrialResult::number, Comparator.reverseOrder()));
    }

    /**
     * The seed of trial {@code n}'s proposal: a 64-bit mix of the search seed and the number, because
     * {@link Random}s with neighbouring seeds give nearly the same first draws (seen here: trials 0 and 1 got learning
     * rates 0.001202 and 0.001201).
     */
    static long trialStream(long seed, int n) {
        long z = seed * 0x9E3779B97F4A7C15L + (n + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Observation observation(TrialResult r) {
        return new Observation(r.values(), r.score(), r.completed());
    }
}
