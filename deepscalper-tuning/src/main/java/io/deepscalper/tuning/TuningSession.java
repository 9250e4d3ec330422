package io.deepscalper.tuning;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.continuous.TrainerLock;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.monitoring.store.MetricsStore;
import io.deepscalper.tuning.sample.Sampler;
import io.deepscalper.tuning.space.SearchSpace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A whole search in a working directory, as {@code deepscalper tune} and the Spark job run it: holds the
 * directory's trainer lock (no continuous trainer may register or promote meanwhile), fetches the history,
 * splits it, runs the trials on the given executor, stores every trial in {@code metrics.db}, and registers the
 * best through the gate in {@code models/}.
 */
public final class TuningSession {
    private TuningSession() {
    }

    /**
     * What a session gave.
     *
     * @param result       the search
     * @param registration the gate's decision on the best trial, empty when none completed or registering was off
     * @param split        the data split
     */
    public record Outcome(TuningResult result, Optional<CandidateRegistration.Registration> registration,
                          TuningSplit split) {
    }

    /**
     * @param workdir  the working directory (metrics store, registry, scratch space)
     * @param setup    the base settings
     * @param space    what is searched
     * @param sampler  how values are proposed
     * @param config   the budget and rules (its gate sessions should be {@code setup.gateSessions()})
     * @param executor where trials run
     * @param until    the end of the history (exclusive)
     * @param register false to search only
     * @param printer  told about every trial as well as the store
     * @return the search and the registration
     */
    public static Outcome run(Path workdir, TuningSetup setup, SearchSpace space, Sampler sampler,
                              TuningConfig config, TrialExecutor executor, Instant until, boolean register,
                              TrialListener printer) {
        try (TrainerLock lock = TrainerLock.acquire(workdir)) {
            List<SessionSeries> all = SearchData.fetch(setup.data(), until);
            TuningSplit split = TuningSplit.of(all, config.gateSessions(), config.validationSessions());
            String id = "tune_" + Clock.systemUTC().millis();
            TuningResult result;
            try (MetricsStore store = MetricsStore.inWorkingDirectory(workdir)) {
                Tuner tuner = new Tuner(space, sampler, config, executor,
                        new MetricsTrialStore(store, Clock.systemUTC()).andThen(printer));
                Path scratch = workdir.resolve("checkpoints").resolve(id);
                result = tuner.search(id, split, setup.env(), setup.train(), scratch);
            }
            Optional<CandidateRegistration.Registration> reg = Optional.empty();
            if (register) {
                ModelStore models = TrainerAssembly.openRegistry(workdir);
                reg = CandidateRegistration.register(models, setup.gate(), result, split, setup.env(), setup.train(),
                        setup.configTree(), workdir, Clock.systemUTC());
            }
            return new Outcome(result, reg, split);
        }
    }
}
