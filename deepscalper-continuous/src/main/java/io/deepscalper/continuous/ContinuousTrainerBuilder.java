package io.deepscalper.continuous;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.train.TrainingListener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builder of a {@link ContinuousTrainer}: the working directory, data feed, model store, trainer,
 * evaluator and session splitter are required; the clock (system UTC), loop config (defaults),
 * metrics writer (none), gate ({@link ValidationGate#defaults()}) and analyzer have defaults.
 */
public final class ContinuousTrainerBuilder {
    Path workdir;
    Clock clock = Clock.systemUTC();
    ContinuousTrainingConfig config = ContinuousTrainingConfig.defaults();
    DataFeed feed;
    ModelStore models;
    MetricsWriter metrics = new MetricsWriter() { };
    ModelTrainer trainer;
    ModelEvaluator evaluator;
    ValidationGate gate = ValidationGate.defaults();
    SessionSplitStrategy splitter;
    PerformanceAnalyzer analyzer = ChangeDetectingAnalyzer.defaults();
    final List<TrainingListener> listeners = new ArrayList<>();
    JsonNode configTree;
    boolean loadTriggers = true;
    Runnable beforeCycle = () -> { };

    ContinuousTrainerBuilder() {
    }

    /** @param v the working directory (locked while running) @return this */
    public ContinuousTrainerBuilder workdir(Path v) {
        workdir = v;
        return this;
    }

    /** @param v the clock (inject a fake one in tests) @return this */
    public ContinuousTrainerBuilder clock(Clock v) {
        clock = Objects.requireNonNull(v);
        return this;
    }

    /** @param v loop settings @return this */
    public ContinuousTrainerBuilder config(ContinuousTrainingConfig v) {
        config = Objects.requireNonNull(v);
        return this;
    }

    /** @param v the data pipeline @return this */
    public ContinuousTrainerBuilder feed(DataFeed v) {
        feed = v;
        return this;
    }

    /** @param v the model registry @return this */
    public ContinuousTrainerBuilder models(ModelStore v) {
        models = v;
        return this;
    }

    /** @param v where metrics, trigger events and status go @return this */
    public ContinuousTrainerBuilder metrics(MetricsWriter v) {
        metrics = Objects.requireNonNull(v);
        return this;
    }

    /** @param v the learner @return this */
    public ContinuousTrainerBuilder trainer(ModelTrainer v) {
        trainer = v;
        return this;
    }

    /** @param v the held-out evaluator @return this */
    public ContinuousTrainerBuilder evaluator(ModelEvaluator v) {
        evaluator = v;
        return this;
    }

    /** @param v the validation gate (default: {@link ValidationGate#defaults()}) @return this */
    public ContinuousTrainerBuilder gate(ValidationGate v) {
        gate = Objects.requireNonNull(v);
        return this;
    }

    /** @param v bars to sessions @return this */
    public ContinuousTrainerBuilder splitter(SessionSplitStrategy v) {
        splitter = v;
        return this;
    }

    /** @param v trend and change analysis of evaluations @return this */
    public ContinuousTrainerBuilder analyzer(PerformanceAnalyzer v) {
        analyzer = Objects.requireNonNull(v);
        return this;
    }

    /** @param v a listener added to every training run (health monitor, progress bar) @return this */
    public ContinuousTrainerBuilder listener(TrainingListener v) {
        listeners.add(Objects.requireNonNull(v));
        return this;
    }

    /** @param v the whole config as JSON, stored in each version's metadata @return this */
    public ContinuousTrainerBuilder configTree(JsonNode v) {
        configTree = v;
        return this;
    }

    /** @param v false to skip ServiceLoader triggers (only custom ones run) @return this */
    public ContinuousTrainerBuilder loadTriggers(boolean v) {
        loadTriggers = v;
        return this;
    }

    /**
     * @param v run at the start of every cycle, e.g. a data feed's update when the feed is not
     *          scheduled by itself
     * @return this
     */
    public ContinuousTrainerBuilder beforeCycle(Runnable v) {
        beforeCycle = Objects.requireNonNull(v);
        return this;
    }

    /** @return the trainer (not started) */
    public ContinuousTrainer build() {
        // a loop that holds out fewer sessions than the gate needs could never promote anything
        gate.requireHeldOut(config.validationSessions());
        return new ContinuousTrainer(this);
    }
}
