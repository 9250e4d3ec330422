package io.deepscalper.core.train;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.TrainingListeners;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.env.TradeCosts;
import io.deepscalper.core.env.TradingEnvironment;
import io.deepscalper.core.nn.djl.DjlDqnLearner;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.core.nn.djl.UpdateStats;
import io.deepscalper.core.replay.PrioritizedReplay;
import io.deepscalper.core.replay.ReplayBatch;
import io.deepscalper.core.replay.Transition;
import io.deepscalper.core.util.Rng;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DeepScalper training loop: episodes are training sessions (drawn at random from the training
 * range), one environment step per iteration with per-branch epsilon-greedy exploration, one learner
 * update per step after the warm-up, periodic greedy evaluation on held-out sessions next to the
 * baselines, and periodic checkpoints from which {@link TrainerBuilder#resume} continues exactly.
 *
 * <p>One seed drives everything: parameter initialisation, exploration, replay sampling and session
 * choice each get their own generator derived from {@link TrainConfig#seed()}, so the same config,
 * data and seed give the same run (on the same engine and thread count).
 *
 * <p>Listeners are called on the training thread; a listener's {@link TrainingControl} requests take
 * effect after the current step. A stop writes a final checkpoint; a rollback restores the last
 * checkpoint's parameters, optimiser and replay, and stops without writing.
 */
public final class Trainer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final EnvConfig evalEnv;
    private final TrainConfig config;
    /** The primary market first; each episode plays one session of one of them. */
    private final List<TrainingMarket> markets;
    private final int totalTrainSessions;
    /** Validation-based model selection, or null when it is off. */
    private final SnapshotSelection selector;
    private final Path checkpointDir;
    /** Every configured listener behind one composite; {@link #hasListeners} spares building unseen events. */
    private final TrainingListener listener;
    private final boolean hasListeners;
    private TrainingMarket market;
    private int marketIndex;
    private TradingEnvironment env;
    private final SeriesObservationSource source;
    private final DjlQNetwork online;
    private final DjlDqnLearner learner;
    private final PrioritizedReplay replay;
    private final ReplayBatch batch;
    private final UpdateStats stats;
    private final Transition transition = new Transition();
    /** Completes n-step transitions ({@link TrainConfig#nStep()}) before they enter replay. */
    private final NStepBuffer nStep;
    private final java.util.function.Consumer<Transition> toReplay;
    private final List<String> parameterNames;
    private final RequestControl control = new RequestControl();
    private final String dataFingerprint;
    private Rng exploreRng;
    private Rng replayRng;
    private Rng sessionRng;
    private long step;
    private long episodes;
    private int[] episodeActions = new int[512];
    private int episodeLength;
    private double episodeRaw;
    private double episodeHindsight;
    private int episodeTrades;
    private EvaluationEvent lastEvaluation;
    private long lastEvaluationStep = -1;

    Trainer(TrainerBuilder b) {
        this.config = b.train;
        this.evalEnv = b.env;
        this.checkpointDir = b.checkpointDir;
        this.selector = b.selectOnValidation ? new SnapshotSelection(b.selectionMinT, b.selectionStudentT) : null;
        this.listener = TrainingListeners.composite(b.listeners);
        this.hasListeners = !b.listeners.isEmpty();
        EnvConfig trainEnv = b.env.toBuilder().hindsightWeight(config.hindsightWeight())
                .hindsightHorizon(config.hindsightHorizon()).build();
        List<TrainingMarket> all = new java.util.ArrayList<>();
        int offset = 0;
        int sessions = 0;
        for (TrainerBuilder.MarketSpec spec : b.markets()) {
            TrainingMarket m = new TrainingMarket(spec, trainEnv, b.env, config.seed(), offset);
            all.add(m);
            offset += spec.series().sessions().size();
            sessions += m.trainSessions();
        }
        this.markets = List.copyOf(all);
        this.totalTrainSessions = sessions;
        this.market = markets.get(0);
        this.env = market.env;
        this.source = new SeriesObservationSource(markets.stream().map(m -> m.features).toList(),
                trainEnv.lookback());
        NetworkConfig net = config.network(source.observationSize(), trainEnv.priceBins(), trainEnv.quantityBins());
        Rng root = new Rng(config.seed());
        long initSeed = root.nextLong();
        this.exploreRng = root.split();
        this.replayRng = root.split();
        this.sessionRng = root.split();
        this.online = DjlQNetwork.of(net, b.warmStart != null ? b.warmStart : initialParameters(net, initSeed, trainEnv),
                config.threads());
        this.learner = new DjlDqnLearner(config, online);
        this.replay = new PrioritizedReplay(config.bufferCapacity(), config.priorityAlpha());
        this.batch = new ReplayBatch(config.batchSize(), source.observationSize());
        this.nStep = new NStepBuffer(config.nStep(), config.gamma());
        this.toReplay = replay::add;
        this.parameterNames = online.layout().canonicalNames();
        this.stats = new UpdateStats(parameterNames.size(), config.batchSize());
        this.dataFingerprint = String.join(" | ", markets.stream()
                .map(m -> Checkpoint.fingerprint(m.series, m.trainFrom, m.trainTo)).toList());
        if (b.resumeFrom != null) {
            restore(b.resumeFrom);
        }
    }

    /**
     * @param series bars and sessions
     * @param env    environment settings (its hindsight values are replaced by the training config's for training)
     * @param train  learning settings
     * @return a builder; set the training sessions at least
     */
    public static TrainerBuilder builder(SessionSeries series, EnvConfig env, TrainConfig train) {
        return new TrainerBuilder(series, env, train);
    }

    /** Fresh parameters: PyTorch's default scheme, with the cost-aware no-order prior when it is on. */
    private ParameterSet initialParameters(NetworkConfig net, long seed, EnvConfig trainEnv) {
        ParameterSet fresh = ParameterInit.kaimingUniform(net, seed);
        if (config.noOrderPrior() == 0) {
            return fresh;
        }
        return QuantityHead.withNoOrderPrior(fresh, TradeCosts.perQuantityBin(trainEnv, trainEnv.initialCash()),
                config.noOrderPrior());
    }

    /** @return the network being trained (greedy acting, parameters) */
    public QNetwork network() {
        return online;
    }

    /** @return environment steps done */
    public long step() {
        return step;
    }

    /** @return the replay buffer */
    public PrioritizedReplay replay() {
        return replay;
    }

    /** Trains until {@link TrainConfig#totalSteps()} or a listener's stop request. */
    public TrainingResult run() {
        return runUntil(config.totalSteps());
    }

    /**
     * Trains until {@code targetStep} total steps (at most {@link TrainConfig#totalSteps()}) or a stop request.
     *
     * @param targetStep total step count to reach
     * @return how the run ended
     */
    public TrainingResult runUntil(long targetStep) {
        long end = Math.min(targetStep, config.totalSteps());
        TrainingEnd outcome = TrainingEnd.completed();
        LOG.info("training {} from step {} to {} on {}", online.config(), step, end, markets.stream()
                .map(m -> "sessions [" + m.trainFrom + ", " + m.trainTo + ") of " + m.symbol()).toList());
        while (step < end) {
            trainStep();
            if (config.evalIntervalSteps() > 0 && step % config.evalIntervalSteps() == 0 && hasEvaluation()) {
                evaluateAll();
            }
            if (control.rollbackReason != null) {
                outcome = TrainingEnd.rolledBack(control.rollbackReason);
                rollback();
                break;
            }
            if (control.stopReason != null) {
                outcome = TrainingEnd.stopped(control.stopReason);
                break;
            }
            if (checkpointDir != null && config.checkpointIntervalSteps() > 0
                    && step % config.checkpointIntervalSteps() == 0) {
                checkpoint();
            }
        }
        if (selector != null && step >= config.totalSteps() && lastEvaluationStep != step
                && control.rollbackReason == null) {
            evaluateAll(); // the final snapshot is a candidate too
        }
        if (checkpointDir != null && control.rollbackReason == null) {
            checkpoint();
        }
        listener.onTrainingEnd(step, outcome);
        control.stopReason = null;
        control.rollbackReason = null;
        return new TrainingResult(step, learner.updates(), episodes, outcome, lastEvaluation);
    }

    private void trainStep() {
        if (env.sessionIndex() < 0 || env.done()) {
            // uniform over every (market, training session) pair; with one market exactly the former draw
            int k = sessionRng.nextInt(totalTrainSessions);
            int m = 0;
            while (k >= markets.get(m).trainSessions()) {
                k -= markets.get(m).trainSessions();
                m++;
            }
            useMarket(m);
            startEpisode(markets.get(m).trainFrom + k);
        }
        int action = explore(config.epsilon(step));
        env.step(action);
        recordStep(action);
        nStep.add(lastTransition(action), toReplay);
        step++;
        if (env.done()) {
            finishEpisode();
        }
        if (step > config.warmupSteps() && replay.size() >= config.batchSize()) {
            for (int u = 0; u < config.updatesPerStep(); u++) {
                long t0 = System.nanoTime();
                replay.sample(batch, source, config.beta(step), replayRng);
                learner.update(batch, stats);
                replay.updatePriorities(batch.indices, stats.tdPrice, stats.tdQuantity, batch.size);
                if (hasListeners) {
                    publishUpdate(System.nanoTime() - t0);
                }
            }
        }
    }

    private int explore(double epsilon) {
        int p = online.config().priceBins();
        int q = online.config().quantityBins();
        boolean randomPrice = exploreRng.nextDouble() < epsilon;
        boolean randomQuantity = exploreRng.nextDouble() < epsilon;
        int greedy = randomPrice && randomQuantity ? 0 : online.act(env.observation());
        int price = randomPrice ? exploreRng.nextInt(p) : QNetwork.priceBin(greedy, q);
        int quantity = randomQuantity ? exploreRng.nextInt(q) : QNetwork.quantityBin(greedy, q);
        return price * q + quantity;
    }

    private void useMarket(int m) {
        market = markets.get(m);
        env = market.env;
        marketIndex = m;
    }

    private void startEpisode(int session) {
        env.reset(session);
        nStep.clear();
        episodeLength = 0;
        episodeRaw = 0;
        episodeHindsight = 0;
        episodeTrades = 0;
    }

    private void recordStep(int action) {
        if (episodeLength == episodeActions.length) {
            episodeActions = Arrays.copyOf(episodeActions, 2 * episodeLength);
        }
        episodeActions[episodeLength++] = action;
        episodeRaw += env.reward();
        episodeHindsight += env.shapedReward();
        if (env.fillShares() != 0) {
            episodeTrades++;
        }
        if (env.liquidationShares() != 0) {
            episodeTrades++;
        }
    }

    /** @return the one-step transition of the step just done (a reused holder) */
    private Transition lastTransition(int action) {
        Transition t = transition;
        t.seriesId = marketIndex;
        t.barIndex = env.lastDecisionBar();
        t.nextBarIndex = env.decisionBar();
        t.stateBefore[0] = env.previousPositionFraction();
        t.stateBefore[1] = env.previousCashOverEquity();
        t.stateBefore[2] = env.previousSessionTimeLeft();
        t.stateAfter[0] = env.positionFraction();
        t.stateAfter[1] = env.cashOverEquity();
        t.stateAfter[2] = env.sessionTimeLeft();
        t.action = action;
        t.rawReward = (float) env.reward();
        t.hindsightReward = (float) env.shapedReward();
        t.auxTarget = (float) env.auxTarget();
        t.done = env.done();
        t.steps = 1;
        return t;
    }

    private void finishEpisode() {
        episodes++;
        if (hasListeners) {
            EpisodeEvent e = new EpisodeEvent(step, episodes, market.symbol(),
                    market.series.sessions().get(env.sessionIndex()).date(), episodeRaw, episodeHindsight, episodeLength,
                    episodeTrades, config.epsilon(step), System.currentTimeMillis());
            listener.onEpisode(e, control);
        }
    }

    private void publishUpdate(long nanos) {
        java.util.Map<String, Double> grads = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameterNames.size(); i++) {
            grads.put(parameterNames.get(i), stats.layerGradNorms[i]);
            weights.put(parameterNames.get(i), stats.layerWeightNorms[i]);
        }
        UpdateEvent e = new UpdateEvent(step, learner.updates(), stats.loss, stats.qLoss, stats.auxLoss,
                config.epsilon(step), replay.size(), config.learningRate(), stats.gradNorm,
                java.util.Collections.unmodifiableMap(grads), java.util.Collections.unmodifiableMap(weights), nanos,
                System.currentTimeMillis());
        listener.onUpdate(e, control);
    }

    /**
     * Evaluates the greedy agent on the held-out sessions next to the baselines and tells listeners.
     *
     * @return agent report first, then the baselines
     * @throws IllegalStateException when no evaluation sessions were configured
     */
    public List<PerformanceReport> evaluate() {
        if (markets.get(0).evaluator == null) {
            throw new IllegalStateException("no evaluation sessions were configured; call evalSessions(from, to)");
        }
        return evaluateAll().get(markets.get(0).symbol());
    }

    /**
     * Evaluates the greedy agent on every market's held-out sessions next to the baselines, tells listeners
     * (one event per market; with several markets the split is {@code validation:SYMBOL}) and, with
     * {@link TrainerBuilder#selectOnValidation}, offers the current parameters to model selection.
     *
     * @return per symbol (in the order the markets were added), the agent's report first, then the baselines
     * @throws IllegalStateException when no market has evaluation sessions
     */
    public java.util.Map<String, List<PerformanceReport>> evaluateAll() {
        if (!hasEvaluation()) {
            throw new IllegalStateException("no evaluation sessions were configured; call evalSessions(from, to)");
        }
        java.util.Map<String, List<PerformanceReport>> out = new java.util.LinkedHashMap<>();
        double agent = 0;
        double flat = 0;
        List<Double> days = new java.util.ArrayList<>();
        for (TrainingMarket m : markets) {
            if (m.evaluator == null) {
                continue;
            }
            List<PerformanceReport> reports = m.evaluator.evaluate(online);
            out.put(m.symbol(), reports);
            agent += reports.get(0).totalReturn();
            days.addAll(reports.get(0).dailyReturns());
            flat += reports.stream().filter(r -> r.policy().equals("flat")).findFirst().orElseThrow().totalReturn();
            EvaluationEvent e = m.evaluator.toEvent(step, markets.size() == 1 ? "validation" : "validation:"
                    + m.symbol(), reports);
            if (out.size() == 1) {
                lastEvaluation = e; // the first evaluated market's, as with one market
            }
            listener.onEvaluation(e, control);
        }
        lastEvaluationStep = step;
        if (selector != null) {
            selector.offer(online.parameters(), step, agent / out.size(), flat / out.size(), days);
        }
        return out;
    }

    private boolean hasEvaluation() {
        return markets.stream().anyMatch(m -> m.evaluator != null);
    }

    /**
     * @return the snapshot kept by validation-based selection so far (after {@link #run()}: the final choice)
     * @throws IllegalStateException without {@link TrainerBuilder#selectOnValidation} or before any evaluation
     */
    public SelectedModel selection() {
        if (selector == null) {
            throw new IllegalStateException("model selection is off; build the trainer with selectOnValidation()");
        }
        SelectedModel kept = selector.current();
        if (kept == null) {
            throw new IllegalStateException("no snapshot was evaluated yet; run the trainer first");
        }
        return kept;
    }

    /** Writes a checkpoint now (atomically) into the checkpoint directory. */
    public void checkpoint() {
        if (checkpointDir == null) {
            throw new IllegalStateException("no checkpoint directory was configured");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                replay.writeTo(out);
            }
            boolean running = env.sessionIndex() >= 0 && !env.done();
            int sessionCode = running ? market.sessionOffset + env.sessionIndex() : -1;
            new Checkpoint(config, evalEnv, online.config(), dataFingerprint, step, learner.updates(), episodes,
                    sessionCode,
                    running ? Arrays.copyOf(episodeActions, episodeLength) : new int[0], exploreRng.state(),
                    replayRng.state(), sessionRng.state(), online.flatValues(), learner.target().flatValues(),
                    learner.adamMean(), learner.adamVariance(), bytes.toByteArray())
                    .write(checkpointDir.resolve(Checkpoint.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write checkpoint into " + checkpointDir, e);
        }
    }

    private void rollback() {
        Path file = checkpointDir == null ? null : checkpointDir.resolve(Checkpoint.FILE_NAME);
        if (file == null || !Files.exists(file)) {
            LOG.warn("rollback requested but there is no checkpoint to restore; keeping the current parameters");
            return;
        }
        restore(file);
        LOG.info("rolled back to the checkpoint at step {}", step);
    }

    private void restore(Path file) {
        Checkpoint c;
        try {
            c = Checkpoint.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
        c.requireResumableBy(online.config(), dataFingerprint, config, file);
        online.setFlat(c.online());
        learner.restore(c.target(), c.adamMean(), c.adamVariance(), c.updates());
        try {
            replay.readFrom(new DataInputStream(new ByteArrayInputStream(c.replay())));
        } catch (IOException e) {
            throw new UncheckedIOException("replay in checkpoint " + file + " is unreadable", e);
        }
        exploreRng = Rng.fromState(c.exploreRng());
        replayRng = Rng.fromState(c.replayRng());
        sessionRng = Rng.fromState(c.sessionRng());
        step = c.step();
        episodes = c.episodes();
        if (c.session() >= 0) {
            // the environment is deterministic: replaying the episode's actions rebuilds its exact state
            int m = markets.size() - 1;
            while (markets.get(m).sessionOffset > c.session()) {
                m--;
            }
            useMarket(m);
            startEpisode(c.session() - markets.get(m).sessionOffset);
            for (int a : c.episodeActions()) {
                env.step(a);
                recordStep(a);
                nStep.track(lastTransition(a)); // its completed transitions are already in the restored replay
            }
        } else {
            episodeLength = 0;
            nStep.clear();
        }
        LOG.info("resumed from {} at step {} ({} updates, replay {})", file, step, c.updates(), replay.size());
    }

    @Override
    public void close() {
        learner.close();
        online.close();
    }
}
