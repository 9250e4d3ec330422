package io.deepscalper.core.train;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Configures a {@link Trainer}; obtain one from {@link Trainer#builder}. */
public final class TrainerBuilder {
    final SessionSeries series;
    final EnvConfig env;
    final TrainConfig train;
    final List<TrainingListener> listeners = new ArrayList<>();
    int trainFrom = -1;
    int trainTo = -1;
    int evalFrom;
    int evalTo;
    Path checkpointDir;
    Path resumeFrom;
    ParameterSet warmStart;
    final List<MarketSpec> moreMarkets = new ArrayList<>();
    boolean selectOnValidation;
    double selectionMinT;
    boolean selectionStudentT;

    /** One more symbol's sessions: trained on {@code [trainFrom, trainTo)}, validated on {@code [evalFrom, evalTo)}. */
    record MarketSpec(SessionSeries series, int trainFrom, int trainTo, int evalFrom, int evalTo) {
    }

    TrainerBuilder(SessionSeries series, EnvConfig env, TrainConfig train) {
        this.series = Objects.requireNonNull(series, "series");
        this.env = Objects.requireNonNull(env, "env");
        this.train = Objects.requireNonNull(train, "train");
    }

    /** @param from first training session @param to one past the last @return this */
    public TrainerBuilder trainSessions(int from, int to) {
        this.trainFrom = from;
        this.trainTo = to;
        return this;
    }

    /** @param from first held-out session @param to one past the last @return this */
    public TrainerBuilder evalSessions(int from, int to) {
        this.evalFrom = from;
        this.evalTo = to;
        return this;
    }

    /**
     * Adds another symbol to learn from. One network learns from every market (the features are scale-free);
     * each episode's session is drawn uniformly over all training sessions of all markets, so a symbol
     * weighs in proportion to its number of training sessions. Evaluation reports each market separately
     * ({@link Trainer#evaluateAll}), and model selection scores a snapshot by the mean over the markets of
     * its validation return (every symbol weighs the same there).
     *
     * @param series    the symbol's bars and sessions (a symbol not yet added)
     * @param trainFrom first training session
     * @param trainTo   one past the last training session
     * @param evalFrom  first held-out session ({@code evalFrom == evalTo}: none)
     * @param evalTo    one past the last held-out session
     * @return this
     */
    public TrainerBuilder addMarket(SessionSeries series, int trainFrom, int trainTo, int evalFrom, int evalTo) {
        moreMarkets.add(new MarketSpec(Objects.requireNonNull(series, "series"), trainFrom, trainTo, evalFrom,
                evalTo));
        return this;
    }

    /**
     * Keeps the best snapshot, like early stopping: every {@code evalIntervalSteps} steps and at the end of the
     * run the greedy agent is evaluated on the validation sessions (never on test sessions: pass only sessions
     * the caller does not use for its final test), and {@link Trainer#selection()} returns the snapshot whose
     * daily validation returns (all markets' sessions pooled) beat flat's 0 most consistently: the largest
     * t-statistic of their mean. "Stay flat" (the untrained no-order policy, return 0) is a candidate too and
     * is kept unless a snapshot's t-statistic reaches the one-sided 5 % point of Student's t for its number of
     * pooled validation days (6.31 on 2 days, 1.83 on 10, {@value #DEFAULT_SELECTION_MIN_T} above 31) with a
     * total return above flat's, because on a few sessions the best of several snapshots beats flat by luck
     * alone. Why the t-statistic and not the return: snapshots of one run swing between profit and loss, and
     * the one with the steadiest daily edge carried over to later sessions better than the one with the
     * largest sum (docs/learning.md).
     *
     * @return this
     */
    public TrainerBuilder selectOnValidation() {
        selectOnValidation(DEFAULT_SELECTION_MIN_T);
        this.selectionStudentT = true; // the bar grows on few validation days (OneSidedStudentT)
        return this;
    }

    /**
     * Like {@link #selectOnValidation()} with another evidence bar.
     *
     * @param minT the t-statistic of the mean daily validation return a trained snapshot needs; 0 keeps any
     *             snapshot whose return is above flat's
     * @return this
     */
    public TrainerBuilder selectOnValidation(double minT) {
        if (!(minT >= 0) || Double.isInfinite(minT)) {
            throw new IllegalArgumentException("the selection's t-statistic bar must be a finite value >= 0, got "
                    + minT);
        }
        this.selectOnValidation = true;
        this.selectionMinT = minT;
        this.selectionStudentT = false;
        return this;
    }

    /** The evidence bar of {@link #selectOnValidation()}: the one-sided 5 % point of the normal distribution. */
    public static final double DEFAULT_SELECTION_MIN_T = 1.645;

    /** @param l called on the training thread @return this */
    public TrainerBuilder listener(TrainingListener l) {
        listeners.add(Objects.requireNonNull(l, "listener"));
        return this;
    }

    /** @param dir where {@value Checkpoint#FILE_NAME} is written @return this */
    public TrainerBuilder checkpointDirectory(Path dir) {
        this.checkpointDir = dir;
        return this;
    }

    /**
     * Continues from a checkpoint file; a damaged file fails the build (never a silent fresh start).
     *
     * @param file checkpoint written by a trainer with the same configs and data
     * @return this
     */
    public TrainerBuilder resume(Path file) {
        this.resumeFrom = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * Starts from existing parameters (incremental retraining continues the current model).
     *
     * @param parameters parameters of a network with this config's shape
     * @return this
     */
    public TrainerBuilder warmStart(ParameterSet parameters) {
        this.warmStart = Objects.requireNonNull(parameters, "parameters");
        return this;
    }

    /** @return the trainer (loads the engine and, when resuming, the checkpoint) */
    public Trainer build() {
        java.util.Set<String> symbols = new java.util.HashSet<>();
        for (MarketSpec m : markets()) {
            check(m);
            if (!symbols.add(m.series().symbol())) {
                throw new IllegalArgumentException("symbol " + m.series().symbol() + " was added twice; add each "
                        + "symbol's sessions once");
            }
        }
        if (resumeFrom != null && warmStart != null) {
            throw new IllegalArgumentException("choose either resume(checkpoint) or warmStart(parameters)");
        }
        if (selectOnValidation && (train.evalIntervalSteps() <= 0
                || markets().stream().noneMatch(m -> m.evalTo() > m.evalFrom()))) {
            throw new IllegalArgumentException("selectOnValidation() needs validation sessions (evalSessions or "
                    + "addMarket) and train.evalIntervalSteps > 0 (got " + train.evalIntervalSteps() + ")");
        }
        return new Trainer(this);
    }

    /** @return the primary market first, then those added with {@link #addMarket} */
    List<MarketSpec> markets() {
        List<MarketSpec> all = new ArrayList<>();
        all.add(new MarketSpec(series, trainFrom, trainTo, evalFrom, evalTo));
        all.addAll(moreMarkets);
        return all;
    }

    private static void check(MarketSpec m) {
        SessionSeries s = m.series();
        int n = s.sessions().size();
        if (m.trainFrom() < 0 || m.trainTo() > n || m.trainFrom() >= m.trainTo()) {
            throw new IllegalArgumentException("training sessions [" + m.trainFrom() + ", " + m.trainTo() + ") must be a "
                    + "non-empty range inside the " + n + " sessions of " + s.symbol()
                    + "; call trainSessions(from, to)");
        }
        if (m.evalTo() > m.evalFrom() && (m.evalFrom() < 0 || m.evalTo() > n)) {
            throw new IllegalArgumentException("evaluation sessions [" + m.evalFrom() + ", " + m.evalTo() + ") of "
                    + s.symbol() + " must lie inside its " + n + " sessions");
        }
        if (m.evalTo() > m.evalFrom() && m.evalFrom() < m.trainTo() && m.evalTo() > m.trainFrom()) {
            throw new IllegalArgumentException("evaluation sessions [" + m.evalFrom() + ", " + m.evalTo() + ") overlap the "
                    + "training sessions [" + m.trainFrom() + ", " + m.trainTo() + ") of " + s.symbol()
                    + "; hold them out");
        }
        for (int i = m.trainFrom(); i < m.trainTo(); i++) {
            if (s.sessions().get(i).length() < 2) {
                throw new IllegalArgumentException("training session " + s.sessions().get(i).date() + " of "
                        + s.symbol() + " has " + s.sessions().get(i).length() + " bar; an episode needs at least 2 "
                        + "(decide on one, fill on the next); drop it from the training range");
            }
        }
    }
}
