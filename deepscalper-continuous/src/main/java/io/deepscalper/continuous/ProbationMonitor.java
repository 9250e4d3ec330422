package io.deepscalper.continuous;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateCheck;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.train.EvaluationEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic rollback. Once a newly promoted champion has {@code gate.minSessions()} sessions after the
 * ones it was gated on, it is evaluated on them together with its predecessor (or the flat policy when it
 * had none) and tested once with {@link ValidationGate#probation}. Significantly worse: the registry
 * returns to the predecessor ({@link ModelStore#rollback}) or deploys nothing ({@link ModelStore#deactivate});
 * the evidence goes into the registry's history, an alert and {@code probation.json}. One test per
 * promotion keeps the chance of a needless rollback at the gate's level.
 */
final class ProbationMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(ProbationMonitor.class);

    private final Path workdir;
    private final Clock clock;
    private final DataFeed feed;
    private final SessionSplitStrategy splitter;
    private final ModelStore models;
    private final ModelEvaluator evaluator;
    private final ValidationGate gate;
    private final MetricsWriter metrics;

    ProbationMonitor(Path workdir, Clock clock, DataFeed feed, SessionSplitStrategy splitter, ModelStore models,
                     ModelEvaluator evaluator, ValidationGate gate, MetricsWriter metrics) {
        this.workdir = workdir;
        this.clock = clock;
        this.feed = feed;
        this.splitter = splitter;
        this.models = models;
        this.evaluator = evaluator;
        this.gate = gate;
        this.metrics = metrics;
    }

    /**
     * Decides the pending probation when enough new sessions exist.
     *
     * @param cycle the orchestrator cycle, recorded with the probation's evaluation
     * @return the decided probation, empty when none was pending or it must wait for more sessions
     */
    Optional<Probation> check(long cycle) {
        Optional<Probation> stored = Probation.load(workdir);
        if (stored.isEmpty() || stored.get().status() != Probation.Status.ON_PROBATION) {
            return Optional.empty();
        }
        Probation p = stored.get();
        Optional<ModelVersionId> champion = Optional.ofNullable(models.aliases().get(Alias.CHAMPION));
        if (champion.isEmpty() || !champion.get().value().equals(p.champion())) {
            Probation ended = p.decided(Probation.Status.ENDED, null, clock.instant(), "probation ended without a "
                    + "test: the champion is now " + champion.map(ModelVersionId::value).orElse("(none)"));
            ended.save(workdir);
            return Optional.of(ended);
        }
        Optional<List<SessionSeries>> sessions = HeldOutData.after(feed, splitter, p.gatedThrough(),
                gate.minSessions());
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        ModelEvaluation current = evaluator.evaluate(models.load(ModelRef.of(champion.get())).parameters(),
                sessions.get());
        boolean hasPredecessor = p.predecessor() != null
                && models.find(ModelRef.of(ModelVersionId.parse(p.predecessor()))).isPresent();
        ModelEvaluation reference = hasPredecessor
                ? evaluator.evaluate(models.load(ModelRef.of(ModelVersionId.parse(p.predecessor()))).parameters(),
                sessions.get())
                : evaluator.flat(sessions.get());
        String referenceName = hasPredecessor ? "predecessor " + p.predecessor() : "flat";
        GateCheck check = gate.probation(current, reference, referenceName);
        Probation decided;
        if (check.passed()) {
            decided = p.decided(Probation.Status.CONFIRMED, check, clock.instant(), "kept " + p.champion());
            LOG.info("Champion {} passed its probation: {}", p.champion(), check.reason());
        } else {
            String evidence = "automatic rollback of " + p.champion() + ": " + check.reason();
            String action;
            if (hasPredecessor) {
                ModelVersionId back = models.rollback(evidence).id();
                action = "rolled back to " + back;
            } else {
                models.deactivate(evidence);
                action = "deactivated " + p.champion() + ": nothing deployed, consumers trade flat";
            }
            decided = p.decided(Probation.Status.ROLLED_BACK, check, clock.instant(), action);
            metrics.onAlert(new AlertEvent(clock.millis(), 0, "model.rollback", HealthSeverity.WARNING,
                    GateCheck.PROBATION, check.probability(), evidence + "; " + action));
            LOG.warn("{}; {}", evidence, action);
        }
        metrics.onEvaluation(p.champion(), cycle, new EvaluationEvent(0, "probation",
                current.sessions().get(0), current.sessions().get(current.sessionCount() - 1), current.metrics(),
                Map.of(), clock.millis()));
        decided.save(workdir);
        return Optional.of(decided);
    }
}
