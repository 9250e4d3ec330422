package io.deepscalper.continuous;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.DataFingerprint;
import io.deepscalper.api.model.GateResult;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.model.MetricDirection;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.RetentionPolicy;
import io.deepscalper.api.model.RetentionResult;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One retrain, start to finish: choose incremental or full, train (or resume), validate against flat and
 * the champion on the same held-out sessions through the gate, register, promote only when the gate
 * passed (and put the new champion on {@link Probation}), apply retention, record. The {@link PendingRun}
 * file brackets the training so that a crash or a graceful stop resumes the same run on the next start.
 */
final class RetrainPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(RetrainPipeline.class);

    private final Path workdir;
    private final Path checkpoints;
    private final Clock clock;
    private final ContinuousTrainingConfig config;
    private final DataFeed feed;
    private final ModelStore models;
    private final MetricsWriter metrics;
    private final ModelTrainer trainer;
    private final ModelEvaluator evaluator;
    private final ValidationGate gate;
    private final SessionSplitStrategy splitter;
    private final List<TrainingListener> listeners;
    private final JsonNode configTree;
    private final StatusPublisher status;
    private final BooleanSupplier shutdown;
    private volatile RunListener current;
    private OrchestratorState state;

    RetrainPipeline(Path workdir, Clock clock, ContinuousTrainingConfig config, DataFeed feed, ModelStore models,
                    MetricsWriter metrics, ModelTrainer trainer, ModelEvaluator evaluator, ValidationGate gate,
                    SessionSplitStrategy splitter, List<TrainingListener> listeners, JsonNode configTree,
                    StatusPublisher status, BooleanSupplier shutdown) {
        this.workdir = workdir;
        this.checkpoints = workdir.resolve("checkpoints");
        this.clock = clock;
        this.config = config;
        this.feed = feed;
        this.models = models;
        this.metrics = metrics;
        this.trainer = trainer;
        this.evaluator = evaluator;
        this.gate = gate;
        this.splitter = splitter;
        this.listeners = List.copyOf(listeners);
        this.configTree = configTree;
        this.status = status;
        this.shutdown = shutdown;
    }

    Optional<PendingRun> pendingRun() {
        return PendingRun.load(checkpoints);
    }

    OrchestratorState state() {
        return state;
    }

    /** Stops the running training, if any, and discards its candidate. */
    void abortRun(String reason) {
        RunListener l = current;
        if (l != null) {
            l.abort(reason);
        }
    }

    /**
     * Evaluates the champion on the latest held-out sessions (live performance), if both exist.
     *
     * @param cycle the orchestrator cycle now running, recorded with the evaluation
     */
    Optional<Map<String, Double>> evaluateChampion(long cycle) {
        Optional<ModelVersion> champion = models.find(ModelRef.of(Alias.CHAMPION));
        if (champion.isEmpty()) {
            return Optional.empty();
        }
        Optional<HeldOutData> data = HeldOutData.split(feed, splitter, config.validationSessions(), null, null);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        LoadedModel loaded = models.load(ModelRef.of(champion.get().id()));
        Map<String, Double> m = evaluator.forModel(loaded.metadata()).evaluate(loaded.parameters(),
                data.get().heldOut()).metrics();
        metrics.onEvaluation(champion.get().id().value(), cycle,
                event(data.get(), m, loaded.metadata().trainingSteps()));
        return Optional.of(m);
    }

    RetrainReport retrain(String trigger, String reason, boolean requireFull, String symbol,
                          OrchestratorState before) {
        state = before;
        Optional<ModelVersion> champion = models.find(ModelRef.of(Alias.CHAMPION));
        int number = before.completedRetrains() + 1;
        boolean full = requireFull || champion.isEmpty() || !config.incremental()
                || number % config.fullRetrainEvery() == 0;
        // checked even when the retrain is full anyway, so that the report says the champion's shape is gone
        String shapeChange = champion.isEmpty() ? null
                : ShapeChange.since(models.metadata(ModelRef.of(champion.get().id())), trainer.network());
        if (shapeChange != null) {
            if (!full) {
                LOG.info("Full retrain instead of incremental: {}", shapeChange);
            }
            full = true;
        }
        RetrainMode mode = full ? RetrainMode.FULL : RetrainMode.INCREMENTAL;
        long steps = full ? trainer.fullSteps() : config.incrementalSteps();
        String runId = "run_" + clock.millis() + "_" + number;
        Optional<HeldOutData> split = HeldOutData.split(feed, splitter, config.validationSessions(), symbol, null);
        LocalDate trainUntil = split.map(HeldOutData::lastTrainingDate).orElse(null);
        PendingRun run = new PendingRun(runId, mode, full ? null : champion.get().id().value(), trigger, reason,
                steps, symbol, clock.instant(), trainUntil, trainer.network(), shapeChange);
        return execute(run, false);
    }

    RetrainReport resume(PendingRun run, OrchestratorState before) {
        state = before;
        Optional<ModelVersion> registered = RunRegistrations.find(models, run);
        if (registered.isPresent()) {
            return completeRegistered(run, registered.get());
        }
        String why = unresumable(run);
        if (why != null) {
            finish(run);
            String msg = "discarded the interrupted retrain " + run.runId() + " (" + run.mode() + ", trigger '"
                    + run.trigger() + "'): " + why + "; the next retrain starts afresh";
            LOG.warn("{}", msg);
            return new RetrainReport(RetrainReport.Outcome.SKIPPED, run.trigger(), run.reason(), run.mode(), null,
                    null, null, false, null, msg);
        }
        return execute(run, Files.isDirectory(checkpoints.resolve(run.runId())));
    }

    /** @return why {@code run} cannot continue under the current settings and registry, or null when it can */
    private String unresumable(PendingRun run) {
        if (run.network() != null && !run.network().equals(trainer.network())) {
            return "it trained a network of another shape than the config now gives ("
                    + ShapeChange.describe(run.network(), trainer.network()) + ")";
        }
        if (run.parent() != null) {
            ModelVersionId parent = ModelVersionId.parse(run.parent());
            if (models.find(ModelRef.of(parent)).isEmpty()) {
                return "the version it warm-started from, " + parent + ", is no longer in the registry";
            }
            String change = ShapeChange.since(models.metadata(ModelRef.of(parent)), trainer.network());
            if (change != null) {
                return "it warm-started from a network of another shape: " + change;
            }
        }
        return null;
    }

    /**
     * Finishes a run that was killed after it registered its version: the version is not registered again
     * (which took retention slots and pushed older versions out); promotion or challenger, probation,
     * retention and the schedule state are completed from the stored gate result.
     */
    private RetrainReport completeRegistered(PendingRun run, ModelVersion version) {
        LOG.info("Retrain {} had already registered {} before it was interrupted; finishing it without "
                + "registering again", run.runId(), version.id());
        Optional<HeldOutData> data = run.trainUntil() == null ? Optional.empty()
                : HeldOutData.split(feed, splitter, config.validationSessions(), run.symbol(), run.trainUntil());
        ModelMetadata meta = models.metadata(ModelRef.of(version.id()));
        String previous = run.registered() != null ? run.previousChampion()
                : models.find(ModelRef.of(Alias.CHAMPION)).map(v -> v.id().value()).orElse(null);
        if (previous != null && previous.equals(version.id().value())) {
            previous = null;
        }
        GateResult result = meta.validation();
        ModelVersionId parent = run.parent() == null ? null : ModelVersionId.parse(run.parent());
        // the kill may have come before the run's end was recorded: record it (again; it is idempotent)
        metrics.onRunEnd(new RunEnd(run.runId(), version.id().value(), RetrainReport.Outcome.REGISTERED.name(),
                meta.trainingSteps(), clock.millis()));
        return afterRegistration(run, data.orElse(null), version, result, parent, previous, null);
    }

    private RetrainReport execute(PendingRun run, boolean resume) {
        Optional<HeldOutData> split = run.trainUntil() == null ? Optional.empty()
                : HeldOutData.split(feed, splitter, config.validationSessions(), run.symbol(), run.trainUntil());
        if (split.isEmpty()) {
            PendingRun.clear(checkpoints);
            String msg = "not enough data: every symbol needs more than " + config.validationSessions()
                    + " sessions (the held-out ones)" + DataReports.coverage(feed, splitter)
                    + feed.searchedWindow().map(w -> "; searched " + w).orElse("")
                    + (run.trainUntil() == null ? "" : "; training until " + run.trainUntil());
            LOG.warn("Retrain by '{}' skipped: {}", run.trigger(), msg);
            return new RetrainReport(RetrainReport.Outcome.SKIPPED, run.trigger(), run.reason(), run.mode(), null,
                    null, null, false, null, msg);
        }
        HeldOutData data = split.get();
        ModelVersionId parent = run.parent() == null ? null : ModelVersionId.parse(run.parent());
        ParameterSet warm = parent == null ? null : models.load(ModelRef.of(parent)).parameters();
        run.save(checkpoints);
        status.publish(StatusPublisher.Phase.TRAINING, state);
        LOG.info("{} {} retrain {} ({} steps{}) on {} symbol(s), trigger '{}'", resume ? "Resuming" : "Starting",
                run.mode(), run.runId(), run.steps(), parent == null ? "" : ", from champion " + parent,
                data.training().size(), run.trigger());
        RunListener listener = new RunListener(listeners, shutdown);
        metrics.onRunStart(new RunStart(run.runId(), run.mode().name(), run.trigger(), run.parent(), cycle(),
                clock.millis()));
        current = listener;
        TrainingOutcome outcome;
        try {
            outcome = trainer.train(new TrainingJob(run.runId(), run.mode(), warm, run.steps(), data.training(),
                    checkpoints.resolve(run.runId()), resume), listener);
        } finally {
            current = null;
        }
        if (!outcome.completed()) {
            return stopped(run, parent, listener, outcome);
        }
        status.publish(StatusPublisher.Phase.VALIDATING, state);
        // candidate, flat and champion on the very same held-out sessions: the gate compares them session by session
        ModelEvaluation evaluated = evaluator.evaluate(outcome.parameters(), data.heldOut());
        Map<String, Double> candidate = evaluated.metrics();
        Optional<ModelVersion> champion = models.find(ModelRef.of(Alias.CHAMPION));
        ModelEvaluation championEvaluation = null;
        if (champion.isPresent()) {
            LoadedModel loaded = models.load(ModelRef.of(champion.get().id()));
            championEvaluation = evaluator.forModel(loaded.metadata()).evaluate(loaded.parameters(), data.heldOut());
            metrics.onEvaluation(champion.get().id().value(), cycle(),
                    event(data, championEvaluation.metrics(), loaded.metadata().trainingSteps()));
        }
        GateResult result = gate.evaluate(evaluated, evaluator.flat(data.heldOut()),
                champion.map(ModelVersion::id).orElse(null), championEvaluation, data.sessions());
        NewModelVersion.Builder nv = NewModelVersion.builder(outcome.parameters(), trainer.network())
                .trigger(run.trigger()).config(configTree).data(DataFingerprint.of(data.training()))
                .seed(trainer.seed()).trainingSteps(outcome.steps()).metrics(candidate).validation(result)
                .runId(run.runId());
        if (parent != null) {
            nv.incremental(parent);
        } else {
            nv.full().parent(champion.map(ModelVersion::id).orElse(null));
        }
        ModelVersion version = models.register(nv.build());
        String previous = champion.map(v -> v.id().value()).orElse(null);
        // recorded before anything else, so that a kill from here on never registers this run a second time
        run.withRegistration(version.id().value(), previous).save(checkpoints);
        metrics.onEvaluation(version.id().value(), cycle(), event(data, candidate, outcome.steps()));
        metrics.onRunEnd(new RunEnd(run.runId(), version.id().value(), RetrainReport.Outcome.REGISTERED.name(),
                outcome.steps(), clock.millis()));
        return afterRegistration(run, data, version, result, parent, previous, outcome.initialParameters());
    }

    /** Promotion or challenger, probation, retention, schedule state and the end of the run: safe to repeat. */
    private RetrainReport afterRegistration(PendingRun run, HeldOutData data, ModelVersion version, GateResult result,
                                            ModelVersionId parent, String previousChampion,
                                            ParameterSet initialParameters) {
        boolean passed = result != null && result.passed();
        if (passed) {
            boolean already = models.find(ModelRef.of(Alias.CHAMPION)).map(v -> v.id().equals(version.id()))
                    .orElse(false);
            if (!already) {
                models.activate(ModelRef.of(version.id()));
            }
            if (data != null) {
                feed.setDriftReference(version.id().value(), data.trainBars());
            }
            LocalDate gatedThrough = data != null ? data.sessions().to() : result.heldOut() == null ? null
                    : result.heldOut().to();
            if (gatedThrough != null) {
                Probation.begin(version.id().value(), previousChampion, gatedThrough, clock.instant()).save(workdir);
            } else {
                LOG.warn("Version {}: no held-out window known, so no probation is started", version.id());
            }
            LOG.info("Version {} passed the gate and is the new champion", version.id());
        } else {
            models.setChallenger(ModelRef.of(version.id()));
            LOG.info("Version {} failed the gate and stays a challenger; champion {} is kept: {}", version.id(),
                    previousChampion == null ? "(none)" : previousChampion,
                    result == null ? "no gate result" : result.failures());
        }
        RetentionResult kept = models.retain(new RetentionPolicy(config.maxVersions(), config.performanceMetric(),
                MetricDirection.HIGHER_IS_BETTER));
        if (!kept.deleted().isEmpty()) {
            LOG.info("Retention removed {}", kept.deleted());
        }
        state = state.retrained(clock.instant());
        state.save(workdir);
        finish(run);
        String msg = String.format("%s retrain%s registered %s (%s)%s", run.mode(),
                run.fullBecause() == null ? "" : " (" + run.fullBecause() + ")", version.id(),
                passed ? "promoted to champion" : "rejected by the gate", passed || result == null ? ""
                        : ": " + String.join("; ", result.failures()));
        return new RetrainReport(RetrainReport.Outcome.REGISTERED, run.trigger(), run.reason(), run.mode(), parent,
                version.id(), result, passed, initialParameters, msg);
    }

    private RetrainReport stopped(PendingRun run, ModelVersionId parent, RunListener listener,
                                  TrainingOutcome outcome) {
        if (listener.abortReason() == null && listener.stoppedForShutdown()) {
            metrics.onRunEnd(new RunEnd(run.runId(), null, RetrainReport.Outcome.INTERRUPTED.name(), outcome.steps(),
                    clock.millis()));
            LOG.info("Retrain {} interrupted at step {}; its checkpoint is kept and the next start resumes it",
                    run.runId(), outcome.steps());
            return new RetrainReport(RetrainReport.Outcome.INTERRUPTED, run.trigger(), run.reason(), run.mode(),
                    parent, null, null, false, outcome.initialParameters(),
                    "interrupted at step " + outcome.steps() + "; resumes on the next start");
        }
        // the end's text ("stopped: ...", "rolled back: ...") is what alerts and reports have always carried
        String why = listener.abortReason() != null ? listener.abortReason() : outcome.end().text();
        metrics.onRunEnd(new RunEnd(run.runId(), null, RetrainReport.Outcome.ABORTED.name(), outcome.steps(),
                clock.millis()));
        metrics.onAlert(new AlertEvent(clock.millis(), outcome.steps(), "training.aborted", HealthSeverity.CRITICAL,
                "health", Double.NaN, "retrain " + run.runId() + " stopped and discarded, champion kept: " + why));
        finish(run);
        LOG.warn("Retrain {} stopped: {}; candidate discarded, champion kept", run.runId(), why);
        return new RetrainReport(RetrainReport.Outcome.ABORTED, run.trigger(), run.reason(), run.mode(), parent,
                null, null, false, outcome.initialParameters(), "aborted: " + why);
    }

    private void finish(PendingRun run) {
        PendingRun.clear(checkpoints);
        deleteTree(checkpoints.resolve(run.runId()));
    }

    /**
     * A validation of a version on the held-out window; {@code step} is the version's training steps, and
     * the cycle travels beside the event (the store charts versions' evaluations over cycles or time).
     */
    private EvaluationEvent event(HeldOutData data, Map<String, Double> m, long trainingSteps) {
        return new EvaluationEvent(trainingSteps, "validation", data.sessions().from(), data.sessions().to(), m,
                Map.of(), clock.millis());
    }

    private long cycle() {
        return state == null ? 0 : state.cycles();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the finished run's checkpoint " + dir, e);
        }
    }
}
