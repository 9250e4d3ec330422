package io.deepscalper.tuning;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What every trial of a search shares.
 *
 * @param env                the base environment (searched {@code env.*} values replace its fields)
 * @param train              the base learner (its {@code totalSteps} is every trial's budget)
 * @param search             per symbol, the training sessions followed by the validation window
 * @param validationSessions the validation window's length
 * @param threads            engine threads per trial
 * @param scratch            a folder for the trials' checkpoints (each trial removes its own)
 */
public record TrialContext(EnvConfig env, TrainConfig train, List<SessionSeries> search, int validationSessions,
                           int threads, Path scratch) {
    /** Rejects nulls and copies the series. */
    public TrialContext {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(train, "train");
        search = List.copyOf(search);
        Objects.requireNonNull(scratch, "scratch");
        if (threads < 1) {
            throw new IllegalArgumentException("a trial needs at least 1 engine thread but got " + threads);
        }
    }

    /** @return the validation window of every symbol that has one (more than {@code validationSessions + 1}) */
    public List<SessionSeries> validation() {
        return search.stream().filter(s -> s.sessions().size() > validationSessions + 1)
                .map(s -> s.sessionRange(s.sessions().size() - validationSessions, s.sessions().size())).toList();
    }
}
