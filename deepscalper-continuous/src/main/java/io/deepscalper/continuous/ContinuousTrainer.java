package io.deepscalper.continuous;

import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.api.spi.TriggerContext;
import io.deepscalper.api.spi.TriggerDecision;
import io.deepscalper.continuous.trigger.PerformanceTrigger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The continuous-training daemon. Each cycle it
 * <ol>
 *   <li>takes the data pipeline's updates and the commands queued by the CLI;</li>
 *   <li>evaluates every enabled {@link RetrainTrigger} (ServiceLoader plug-ins plus
 *       {@link #addCustomTrigger custom ones}) and stores each decision with its reason;</li>
 *   <li>decides the probation of a newly promoted champion once enough new sessions exist, and rolls
 *       back on its own when it is significantly worse than its predecessor ({@link ProbationMonitor});</li>
 *   <li>on a firing, retrains incrementally (warm start from the champion) or in full, validates the
 *       candidate against flat and the champion on the most recent held-out sessions through the
 *       gate, registers it, promotes it only if the gate passed, and applies retention. Until a
 *       candidate passes, nothing is deployed;</li>
 *   <li>records everything in the metrics writer and publishes its status there.</li>
 * </ol>
 * It talks only to core interfaces: {@link DataFeed}, {@link ModelStore}, {@link MetricsWriter},
 * {@link ModelTrainer}, {@link ModelEvaluator}. One trainer runs per working directory
 * ({@link TrainerLock}); time comes from an injectable {@link Clock}.
 */
public final class ContinuousTrainer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContinuousTrainer.class);
    /** Per-session returns of the champion kept for the performance tests (about a quarter of trading days). */
    private static final int SESSION_HISTORY = 60;

    private final Path workdir;
    private final Clock clock;
    private final ContinuousTrainingConfig config;
    private final DataFeed feed;
    private final ModelStore models;
    private final MetricsWriter metrics;
    private final PerformanceAnalyzer analyzer;
    private final CommandQueue commands;
    private final RetrainPipeline pipeline;
    private final ProbationMonitor probation;
    private final TrainerStartup startup;
    private final List<RetrainTrigger> triggers = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<DataUpdate> updates = new ConcurrentLinkedQueue<>();
    private final EvaluationTrend trend;
    private final ChampionSessions championSessions;
    private final DataUpdateListener dataListener = updates::add;
    private final StatusPublisher status;
    private final Runnable beforeCycle;

    private volatile HealthReport latestHealth;
    private volatile String stopReason;
    private volatile Thread loopThread;
    private final CountDownLatch closed = new CountDownLatch(1);
    private RetrainRequest manualRequest;
    /** Set when start() finished a cycle cut short by a stop: the clock moves on before the next cycle. */
    private boolean waitBeforeFirstCycle;
    private TrainerLock lock;
    private OrchestratorState state;

    ContinuousTrainer(ContinuousTrainerBuilder b) {
        this.workdir = Objects.requireNonNull(b.workdir, "workdir");
        this.clock = b.clock;
        this.config = b.config;
        this.trend = new EvaluationTrend(config.trendWindow());
        this.feed = Objects.requireNonNull(b.feed, "feed");
        this.models = Objects.requireNonNull(b.models, "models");
        this.metrics = b.metrics;
        this.analyzer = b.analyzer;
        this.commands = new CommandQueue(workdir);
        this.status = new StatusPublisher(metrics, clock);
        this.beforeCycle = b.beforeCycle;
        this.pipeline = new RetrainPipeline(workdir, clock, config, feed, models, metrics,
                Objects.requireNonNull(b.trainer, "trainer"), Objects.requireNonNull(b.evaluator, "evaluator"),
                b.gate, Objects.requireNonNull(b.splitter, "splitter"), b.listeners, b.configTree, status,
                () -> stopReason != null);
        this.championSessions = new ChampionSessions(SESSION_HISTORY);
        this.probation = new ProbationMonitor(workdir, clock, feed, b.splitter, models, b.evaluator, b.gate, metrics,
                config.validationSessions());
        this.startup = new TrainerStartup(workdir, clock, commands, models, feed, status, pipeline, beforeCycle);
        if (b.loadTriggers) {
            triggers.addAll(Providers.load(RetrainTrigger.class));
        }
    }

    /** @return a builder; the working directory, data feed, model store, trainer, evaluator and splitter are required */
    public static ContinuousTrainerBuilder builder() {
        return new ContinuousTrainerBuilder();
    }

    /**
     * Adds a trigger written as a lambda, e.g.
     * {@code addCustomTrigger("friday", c -> ...)}; it is evaluated after the ServiceLoader ones.
     */
    public ContinuousTrainer addCustomTrigger(String name, Function<TriggerContext, TriggerDecision> evaluate) {
        return addCustomTrigger(RetrainTrigger.of(name, evaluate));
    }

    /** Adds a trigger instance (evaluated after the ServiceLoader ones). */
    public ContinuousTrainer addCustomTrigger(RetrainTrigger trigger) {
        for (RetrainTrigger t : triggers) {
            if (t.name().equalsIgnoreCase(trigger.name())) {
                throw new IllegalArgumentException("a trigger named '" + trigger.name() + "' is already registered ("
                        + t.getClass().getName() + "); choose another name");
            }
        }
        triggers.add(trigger);
        return this;
    }

    /** @return the triggers evaluated each cycle, in evaluation order */
    public List<RetrainTrigger> triggers() {
        return List.copyOf(triggers);
    }

    /**
     * Takes the working directory's lock, loads the schedule state, repairs the registry after a crash,
     * subscribes to the data feed and resumes an interrupted retrain from its checkpoint.
     *
     * @return the resumed retrain, if one was interrupted
     * @throws TrainerAlreadyRunningException when another trainer holds the directory
     */
    public synchronized Optional<RetrainReport> start() {
        if (lock != null) {
            throw new IllegalStateException("this trainer is already started");
        }
        lock = TrainerLock.acquire(workdir);
        try {
            TrainerStartup.Started started = startup.run(dataListener, this::afterRetrain);
            state = started.state();
            waitBeforeFirstCycle = started.waitBeforeFirstCycle();
            return started.resumed();
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    /**
     * Runs one cycle: commands, data updates, champion evaluation on new data, triggers, and a retrain
     * when one fired.
     */
    public synchronized CycleReport runCycle() {
        requireStarted();
        state = state.nextCycle();
        beforeCycle.run();
        drainCommands();
        List<DataUpdate> batch = new ArrayList<>();
        for (DataUpdate u; (u = updates.poll()) != null; ) {
            batch.add(u);
            DataReports.record(metrics, u);
        }
        Optional<Probation> decided = probation.check(state.cycles());
        if (decided.filter(p -> p.status() == Probation.Status.ROLLED_BACK).isPresent()) {
            trend.clear();
        }
        Optional<ModelVersion> champion = models.find(ModelRef.of(Alias.CHAMPION));
        if (batch.stream().anyMatch(u -> u.accepted() && u.newBars() > 0)) {
            // one evaluation of the champion serves both the trend metrics and its per-session record
            long cycle = state.cycles();
            Optional<ModelEvaluation> evaluated = champion.flatMap(c -> pipeline.evaluateChampion(c, cycle));
            evaluated.ifPresent(e -> trend.add(e.metrics()));
            championSessions.update(champion.map(v -> v.id().value()).orElse(null), evaluated.orElse(null));
        }
        TriggerContext context = new TriggerContext(clock.instant(), Optional.ofNullable(state.lastRetrain()),
                state.completedRetrains(), champion.map(v -> v.id().value()), trend.recent(), batch,
                Optional.ofNullable(latestHealth),
                analyzer.analyze(championSessions.returns(), championSessions.referenceSessions()),
                Optional.ofNullable(manualRequest), config);
        TriggerRound round = TriggerRound.evaluate(triggers, context, config, clock);
        round.events().forEach(metrics::onTrigger);
        Optional<RetrainReport> report = Optional.empty();
        if (round.fired()) {
            String name = round.first().name();
            LOG.info("Trigger '{}' fired: {}", name, round.decision().reason());
            String symbol = manualRequest != null && name.equals("manual") ? manualRequest.symbol() : null;
            manualRequest = null;
            RetrainReport r = pipeline.retrain(name, round.decision().reason(), round.full(), symbol, state);
            state = pipeline.state();
            afterRetrain(r);
            report = Optional.of(r);
        }
        if (report.map(r -> r.outcome() != RetrainReport.Outcome.INTERRUPTED).orElse(true)) {
            state = state.cycleFinished();
        }
        state = state.at(clock.instant());
        state.save(workdir);
        status.publish(StatusPublisher.Phase.IDLE, state);
        metrics.flush();
        return new CycleReport(state.cycles(), round.events(), report, decided);
    }

    /**
     * Runs cycles until {@code maxCycles} are done (0 means no limit) or a stop is requested, waiting
     * {@code interval} between cycles with {@code sleeper}. When {@link #start()} finished a cycle that a stop
     * had cut short, it first waits once, as that cycle would have; the finished cycle does not count towards
     * {@code maxCycles}.
     */
    public void run(long maxCycles, Duration interval, Sleeper sleeper) {
        run(maxCycles, interval, sleeper, r -> { });
    }

    /**
     * As {@link #run(long, Duration, Sleeper)}, handing each cycle's report to {@code onCycle} (the CLI
     * prints it).
     */
    public void run(long maxCycles, Duration interval, Sleeper sleeper, Consumer<CycleReport> onCycle) {
        requireStarted();
        loopThread = Thread.currentThread();
        try {
            if (waitBeforeFirstCycle) {
                waitBeforeFirstCycle = false;
                pause(interval, sleeper);
            }
            for (long n = 1; stopReason == null && (maxCycles <= 0 || n <= maxCycles); n++) {
                onCycle.accept(runCycle());
                if (stopReason != null || (maxCycles > 0 && n == maxCycles)) {
                    break;
                }
                pause(interval, sleeper);
            }
        } finally {
            loopThread = null;
        }
        LOG.info("Continuous training stopped after {} cycle(s){}", state.cycles(),
                stopReason == null ? "" : ": " + stopReason);
    }

    private void pause(Duration interval, Sleeper sleeper) {
        if (stopReason != null) {
            return;
        }
        try {
            sleeper.sleep(interval, () -> stopReason != null || !commands.peek().isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            requestStop("interrupted");
        }
    }

    /**
     * Retrains now, outside the schedule (the CLI's {@code retrain} when no trainer runs).
     *
     * @return what the retrain did
     */
    public synchronized RetrainReport retrainNow(RetrainRequest request) {
        requireStarted();
        beforeCycle.run();
        String reason = "manual request by " + request.requestedBy() + (request.full() ? " (full)" : "");
        metrics.onTrigger(new TriggerEvent(clock.millis(), "manual", true, reason, "retrain", Map.of()));
        RetrainReport r = pipeline.retrain("manual", reason, request.full(), request.symbol(), state);
        state = pipeline.state();
        afterRetrain(r);
        state = state.at(clock.instant());
        state.save(workdir);
        status.publish(StatusPublisher.Phase.IDLE, state);
        metrics.flush();
        return r;
    }

    /**
     * A model-health report from the monitor. It is stored; a critical one stops the running retrain,
     * whose candidate is then discarded so that the champion stays.
     */
    public void onHealth(HealthReport report) {
        latestHealth = report;
        metrics.onHealth(report);
        if (report.isCritical()) {
            pipeline.abortRun("model health critical: " + report.summary());
        }
    }

    /**
     * Asks the loop to stop: the current training step finishes, a checkpoint is written, and the run
     * resumes on the next start. Safe to call from any thread (shutdown hook, signal handler).
     */
    public void requestStop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
            LOG.info("Stop requested: {}", reason);
        }
    }

    /** @return true once a stop was requested */
    public boolean stopRequested() {
        return stopReason != null;
    }

    /**
     * Installs a JVM shutdown hook (SIGTERM, Ctrl-C) that requests a graceful stop and waits up to
     * {@code grace} for the loop to finish its step, checkpoint and release the lock.
     *
     * @return the hook thread, for removal in tests
     */
    public Thread installShutdownHook(Duration grace) {
        return GracefulShutdownHook.install(() -> requestStop("shutdown signal"), closed, grace);
    }

    /** @return the schedule state (last retrain, counters) */
    public synchronized OrchestratorState state() {
        requireStarted();
        return state;
    }

    /** @return the working directory */
    public Path workdir() {
        return workdir;
    }

    /** @return the queue the CLI writes commands to */
    public CommandQueue commands() {
        return commands;
    }

    /** Unsubscribes from the feed, publishes the stopped status and releases the lock. */
    @Override
    public synchronized void close() {
        if (lock == null) {
            closed.countDown();
            return;
        }
        feed.removeListener(dataListener);
        status.publish(StatusPublisher.Phase.STOPPED, state);
        state.at(clock.instant()).save(workdir);
        metrics.flush();
        release();
        closed.countDown();
    }

    private void release() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    private void requireStarted() {
        if (lock == null) {
            throw new IllegalStateException("call start() first: it takes the working directory's lock");
        }
    }

    private void drainCommands() {
        commands.handle(c -> {
            switch (c.type()) {
                case STOP -> requestStop(c.reason().isEmpty() ? "stop command" : c.reason());
                case RETRAIN -> manualRequest = manualRequest == null ? c.retrain() : manualRequest.mergedWith(c.retrain());
                default -> throw new IllegalStateException("unhandled command " + c.type());
            }
        });
    }

    private void afterRetrain(RetrainReport r) {
        if (r.trigger().equals(PerformanceTrigger.NAME) && r.outcome() != RetrainReport.Outcome.INTERRUPTED) {
            // the drop has been acted on: the next alarm needs new evidence (a new champion restarts it anyway);
            // a retrain by another trigger that keeps the champion leaves its record untouched
            championSessions.restart();
        }
        if (r.promoted()) {
            trend.clear();
            if (r.gate() != null) {
                trend.add(r.gate().candidateMetrics());
            }
            latestHealth = null;
        }
        if (r.outcome() == RetrainReport.Outcome.INTERRUPTED) {
            requestStop("graceful stop during training");
        }
    }
}
