package io.deepscalper.core.dqn;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.Interval;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.core.dqn.TdLoss;
import java.util.List;

/**
 * Every number the learner and the training loop use, with the original DeepScalper system's
 * defaults (docs/algorithm.md). Immutable, validated on construction, JSON through Jackson
 * (missing fields take the defaults, unknown fields are rejected).
 *
 * @param learningRate           Adam learning rate (3e-4)
 * @param totalSteps             environment steps to train for (200,000)
 * @param batchSize              transitions per learner update (256)
 * @param bufferCapacity         replay capacity in transitions (500,000)
 * @param epsilonStart           exploration rate at step 0 (1.0)
 * @param epsilonEnd             exploration rate after the decay (0.05)
 * @param epsilonDecaySteps      steps of the linear decay (150,000)
 * @param warmupSteps            steps before the first update (10,000)
 * @param gamma                  discount (0.99)
 * @param tau                    soft target update per learner update (0.005)
 * @param targetUpdateInterval   apply the soft update every k updates with the equivalent
 *                               {@code 1 - (1 - tau)^k} (1: every update; larger values cost fewer passes)
 * @param gradClipNorm           global gradient L2 norm clip (1.0)
 * @param hindsightWeight        weight of the hindsight bonus in the training reward (0.5); overrides the
 *                               environment's value for training environments
 * @param hindsightHorizon       bars the hindsight bonus looks ahead (30); overrides the environment's value
 * @param auxWeight              weight of the volatility MSE in the loss (0.1)
 * @param doubleDqn              double-DQN targets (true) or a plain max over the target network (false)
 * @param tdLoss                 Huber (default) or one-half squared
 * @param priorityAlpha          replay priority exponent (0.6)
 * @param priorityBetaStart      importance-sampling exponent at step 0 (0.4), annealed linearly to
 * @param priorityBetaEnd        the exponent at {@code totalSteps} (1.0)
 * @param adamBeta1              Adam first-moment decay (0.9)
 * @param adamBeta2              Adam second-moment decay (0.999)
 * @param adamEpsilon            Adam epsilon (1e-8)
 * @param trunkSizes             hidden widths of the shared trunk ([256, 256, 256])
 * @param headHidden             hidden width of the value and advantage heads (256)
 * @param auxHidden              hidden width of the aux head (128)
 * @param seed                   one seed for every random source: initialisation, exploration, replay, sessions (0)
 * @param threads                intra-op threads of the engine (2)
 * @param evalIntervalSteps      evaluate on held-out sessions every this many steps; 0 turns it off (10,000)
 * @param checkpointIntervalSteps write a checkpoint every this many steps when a directory is set; 0 turns
 *                               periodic checkpoints off (10,000)
 * @param noOrderPrior           cost-aware initialisation of a fresh network (not a warm start): the quantity
 *                               head's output layer starts with zero weights and biases {@code -noOrderPrior *
 *                               cost(q)}, the expected fee and slippage of bin {@code q}'s order in reward units
 *                               ({@code core.env.TradeCosts}), so the untrained agent places no order and learns
 *                               to trade only where the data shows more than the cost (1.0; 0 keeps the plain
 *                               Kaiming initialisation of the original system)
 * @param selectionSessions      for continuous training's retrains ({@code DqnModelTrainer}): the most recent
 *                               sessions of each symbol's training data held out for validation-based snapshot
 *                               selection, evaluated every {@code evalIntervalSteps} and at the end; 0 turns
 *                               selection off and the last snapshot is the candidate (0; the library's
 *                               {@code Trainer} takes explicit session ranges instead)
 * @param nStep                  steps of the bootstrapped return each replayed transition carries: the learner's
 *                               target is {@code sum_{i<k} gamma^i r_{t+i} + gamma^k Q'(s_{t+k})}, with {@code k =
 *                               nStep} or fewer where the session ends first (1: the one-step target of the
 *                               original system; 1 to 32)
 * @param updatesPerStep         learner updates per environment step after the warm-up, each on its own sampled
 *                               batch (1; 1 to 16): more learning from each bar of data, at proportionally more
 *                               compute per step
 */
@JsonDeserialize(builder = TrainConfig.Builder.class)
public record TrainConfig(double learningRate, long totalSteps, int batchSize, int bufferCapacity,
                          double epsilonStart, double epsilonEnd, long epsilonDecaySteps, long warmupSteps,
                          double gamma, double tau, int targetUpdateInterval, double gradClipNorm,
                          double hindsightWeight, int hindsightHorizon, double auxWeight, boolean doubleDqn,
                          TdLoss tdLoss, double priorityAlpha, double priorityBetaStart, double priorityBetaEnd,
                          double adamBeta1, double adamBeta2, double adamEpsilon, List<Integer> trunkSizes,
                          int headHidden, int auxHidden, long seed, int threads, long evalIntervalSteps,
                          long checkpointIntervalSteps, double noOrderPrior,
                          int selectionSessions, int nStep, int updatesPerStep) {

    /** Validates every field with a message naming it ({@code train.<field>}) and its allowed range. */
    public TrainConfig {
        ConfigChecks.inRange("train.learningRate", learningRate, Interval.open(0, 1));
        ConfigChecks.positive("train.totalSteps", totalSteps);
        ConfigChecks.positive("train.batchSize", batchSize);
        ConfigChecks.atLeast("train.bufferCapacity", bufferCapacity, batchSize);
        ConfigChecks.inRange("train.epsilonStart", epsilonStart, 0, 1);
        ConfigChecks.inRange("train.epsilonEnd", epsilonEnd, 0, 1);
        ConfigChecks.positive("train.epsilonDecaySteps", epsilonDecaySteps);
        ConfigChecks.atLeast("train.warmupSteps", warmupSteps, 0);
        ConfigChecks.inRange("train.gamma", gamma, Interval.closedOpen(0, 1));
        ConfigChecks.inRange("train.tau", tau, Interval.openClosed(0, 1));
        ConfigChecks.positive("train.targetUpdateInterval", targetUpdateInterval);
        ConfigChecks.positive("train.gradClipNorm", gradClipNorm);
        ConfigChecks.nonNegative("train.hindsightWeight", hindsightWeight);
        ConfigChecks.positive("train.hindsightHorizon", hindsightHorizon);
        ConfigChecks.nonNegative("train.auxWeight", auxWeight);
        ConfigChecks.notNull("train.tdLoss", tdLoss, "HUBER or HALF_SQUARED");
        ConfigChecks.inRange("train.priorityAlpha", priorityAlpha, 0, 1);
        ConfigChecks.inRange("train.priorityBetaStart", priorityBetaStart, 0, 1);
        ConfigChecks.inRange("train.priorityBetaEnd", priorityBetaEnd, 0, 1);
        ConfigChecks.inRange("train.adamBeta1", adamBeta1, Interval.closedOpen(0, 1));
        ConfigChecks.inRange("train.adamBeta2", adamBeta2, Interval.closedOpen(0, 1));
        ConfigChecks.positive("train.adamEpsilon", adamEpsilon);
        ConfigChecks.require(trunkSizes != null && !trunkSizes.isEmpty()
                        && trunkSizes.stream().allMatch(w -> w != null && w >= 1),
                "train.trunkSizes", trunkSizes, "a non-empty list of positive widths");
        trunkSizes = List.copyOf(trunkSizes);
        ConfigChecks.positive("train.headHidden", headHidden);
        ConfigChecks.positive("train.auxHidden", auxHidden);
        ConfigChecks.positive("train.threads", threads);
        ConfigChecks.atLeast("train.evalIntervalSteps", evalIntervalSteps, 0);
        ConfigChecks.atLeast("train.checkpointIntervalSteps", checkpointIntervalSteps, 0);
        ConfigChecks.inRange("train.noOrderPrior", noOrderPrior, 0, 1_000);
        ConfigChecks.inRange("train.selectionSessions", selectionSessions, 0, 10_000);
        ConfigChecks.inRange("train.nStep", nStep, 1, MAX_N_STEP);
        ConfigChecks.inRange("train.updatesPerStep", updatesPerStep, 1, 16);
    }

    /** The largest {@link #nStep()}; the trainer holds up to that many of an episode's transitions back. */
    public static final int MAX_N_STEP = 32;

    /** @return the original system's defaults */
    public static TrainConfig defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param inputSize observation length
     * @param priceBins price bins of the environment
     * @param quantityBins quantity bins of the environment
     * @return the network shape these settings describe
     */
    public NetworkConfig network(int inputSize, int priceBins, int quantityBins) {
        return new NetworkConfig(inputSize, trunkSizes, headHidden, auxHidden, priceBins, quantityBins);
    }

    /** @return the exploration rate after {@code step} environment steps (linear decay, then flat) */
    public double epsilon(long step) {
        if (step >= epsilonDecaySteps) {
            return epsilonEnd;
        }
        return epsilonStart + step / (double) epsilonDecaySteps * (epsilonEnd - epsilonStart);
    }

    /** @return the importance-sampling exponent after {@code step} steps (linear over {@link #totalSteps}) */
    public double beta(long step) {
        if (step >= totalSteps) {
            return priorityBetaEnd;
        }
        return priorityBetaStart + step / (double) totalSteps * (priorityBetaEnd - priorityBetaStart);
    }

    /** @return a builder holding this config's values */
    public Builder toBuilder() {
        return new Builder().learningRate(learningRate).totalSteps(totalSteps).batchSize(batchSize)
                .bufferCapacity(bufferCapacity).epsilonStart(epsilonStart).epsilonEnd(epsilonEnd)
                .epsilonDecaySteps(epsilonDecaySteps).warmupSteps(warmupSteps).gamma(gamma).tau(tau)
                .targetUpdateInterval(targetUpdateInterval).gradClipNorm(gradClipNorm)
                .hindsightWeight(hindsightWeight).hindsightHorizon(hindsightHorizon).auxWeight(auxWeight)
                .doubleDqn(doubleDqn).tdLoss(tdLoss).priorityAlpha(priorityAlpha)
                .priorityBetaStart(priorityBetaStart).priorityBetaEnd(priorityBetaEnd).adamBeta1(adamBeta1)
                .adamBeta2(adamBeta2).adamEpsilon(adamEpsilon).trunkSizes(trunkSizes).headHidden(headHidden)
                .auxHidden(auxHidden).seed(seed).threads(threads).evalIntervalSteps(evalIntervalSteps)
                .checkpointIntervalSteps(checkpointIntervalSteps).noOrderPrior(noOrderPrior)
                .selectionSessions(selectionSessions).nStep(nStep).updatesPerStep(updatesPerStep);
    }

    /** Builder with the documented defaults; {@link #build()} validates. Also Jackson's deserialiser. */
    @JsonPOJOBuilder(withPrefix = "")
    public static final class Builder {
        private double learningRate = 3e-4;
        private double noOrderPrior = 1.0;
        private int selectionSessions;
        private int nStep = 1;
        private int updatesPerStep = 1;
        private long totalSteps = 200_000;
        private int batchSize = 256;
        private int bufferCapacity = 500_000;
        private double epsilonStart = 1.0;
        private double epsilonEnd = 0.05;
        private long epsilonDecaySteps = 150_000;
        private long warmupSteps = 10_000;
        private double gamma = 0.99;
        private double tau = 0.005;
        private int targetUpdateInterval = 1;
        private double gradClipNorm = 1.0;
        private double hindsightWeight = 0.5;
        private int hindsightHorizon = 30;
        private double auxWeight = 0.1;
        private boolean doubleDqn = true;
        private TdLoss tdLoss = TdLoss.HUBER;
        private double priorityAlpha = 0.6;
        private double priorityBetaStart = 0.4;
        private double priorityBetaEnd = 1.0;
        private double adamBeta1 = 0.9;
        private double adamBeta2 = 0.999;
        private double adamEpsilon = 1e-8;
        private List<Integer> trunkSizes = List.of(256, 256, 256);
        private int headHidden = 256;
        private int auxHidden = 128;
        private long seed;
        private int threads = 2;
        private long evalIntervalSteps = 10_000;
        private long checkpointIntervalSteps = 10_000;

        private Builder() {
        }

        /** @param v see {@link TrainConfig#learningRate()} @return this */
        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        /** @param v see {@link TrainConfig#totalSteps()} @return this */
        public Builder totalSteps(long v) {
            totalSteps = v;
            return this;
        }

        /** @param v see {@link TrainConfig#batchSize()} @return this */
        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        /** @param v see {@link TrainConfig#bufferCapacity()} @return this */
        public Builder bufferCapacity(int v) {
            bufferCapacity = v;
            return this;
        }

        /** @param v see {@link TrainConfig#epsilonStart()} @return this */
        public Builder epsilonStart(double v) {
            epsilonStart = v;
            return this;
        }

        /** @param v see {@link TrainConfig#epsilonEnd()} @return this */
        public Builder epsilonEnd(double v) {
            epsilonEnd = v;
            return this;
        }

        /** @param v see {@link TrainConfig#epsilonDecaySteps()} @return this */
        public Builder epsilonDecaySteps(long v) {
            epsilonDecaySteps = v;
            return this;
        }

        /** @param v see {@link TrainConfig#warmupSteps()} @return this */
        public Builder warmupSteps(long v) {
            warmupSteps = v;
            return this;
        }

        /** @param v see {@link TrainConfig#gamma()} @return this */
        public Builder gamma(double v) {
            gamma = v;
            return this;
        }

        /** @param v see {@link TrainConfig#tau()} @return this */
        public Builder tau(double v) {
            tau = v;
            return this;
        }

        /** @param v see {@link TrainConfig#targetUpdateInterval()} @return this */
        public Builder targetUpdateInterval(int v) {
            targetUpdateInterval = v;
            return this;
        }

        /** @param v see {@link TrainConfig#gradClipNorm()} @return this */
        public Builder gradClipNorm(double v) {
            gradClipNorm = v;
            return this;
        }

        /** @param v see {@link TrainConfig#hindsightWeight()} @return this */
        public Builder hindsightWeight(double v) {
            hindsightWeight = v;
            return this;
        }

        /** @param v see {@link TrainConfig#hindsightHorizon()} @return this */
        public Builder hindsightHorizon(int v) {
            hindsightHorizon = v;
            return this;
        }

        /** @param v see {@link TrainConfig#auxWeight()} @return this */
        public Builder auxWeight(double v) {
            auxWeight = v;
            return this;
        }

        /** @param v see {@link TrainConfig#doubleDqn()} @return this */
        public Builder doubleDqn(boolean v) {
            doubleDqn = v;
            return this;
        }

        /** @param v see {@link TrainConfig#tdLoss()} @return this */
        public Builder tdLoss(TdLoss v) {
            tdLoss = v;
            return this;
        }

        /** @param v see {@link TrainConfig#priorityAlpha()} @return this */
        public Builder priorityAlpha(double v) {
            priorityAlpha = v;
            return this;
        }

        /** @param v see {@link TrainConfig#priorityBetaStart()} @return this */
        public Builder priorityBetaStart(double v) {
            priorityBetaStart = v;
            return this;
        }

        /** @param v see {@link TrainConfig#priorityBetaEnd()} @return this */
        public Builder priorityBetaEnd(double v) {
            priorityBetaEnd = v;
            return this;
        }

        /** @param v see {@link TrainConfig#adamBeta1()} @return this */
        public Builder adamBeta1(double v) {
            adamBeta1 = v;
            return this;
        }

        /** @param v see {@link TrainConfig#adamBeta2()} @return this */
        public Builder adamBeta2(double v) {
            adamBeta2 = v;
            return this;
        }

        /** @param v see {@link TrainConfig#adamEpsilon()} @return this */
        public Builder adamEpsilon(double v) {
            adamEpsilon = v;
            return this;
        }

        /** @param v see {@link TrainConfig#trunkSizes()} @return this */
        public Builder trunkSizes(List<Integer> v) {
            trunkSizes = v;
            return this;
        }

        /** @param v see {@link TrainConfig#headHidden()} @return this */
        public Builder headHidden(int v) {
            headHidden = v;
            return this;
        }

        /** @param v see {@link TrainConfig#auxHidden()} @return this */
        public Builder auxHidden(int v) {
            auxHidden = v;
            return this;
        }

        /** @param v see {@link TrainConfig#seed()} @return this */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /** @param v see {@link TrainConfig#threads()} @return this */
        public Builder threads(int v) {
            threads = v;
            return this;
        }

        /** @param v see {@link TrainConfig#evalIntervalSteps()} @return this */
        public Builder evalIntervalSteps(long v) {
            evalIntervalSteps = v;
            return this;
        }

        /** @param v see {@link TrainConfig#checkpointIntervalSteps()} @return this */
        public Builder checkpointIntervalSteps(long v) {
            checkpointIntervalSteps = v;
            return this;
        }

        /** @param v see {@link TrainConfig#noOrderPrior()} @return this */
        public Builder noOrderPrior(double v) {
            noOrderPrior = v;
            return this;
        }

        /** @param v see {@link TrainConfig#selectionSessions()} @return this */
        public Builder selectionSessions(int v) {
            selectionSessions = v;
            return this;
        }

        /** @param v see {@link TrainConfig#nStep()} @return this */
        public Builder nStep(int v) {
            nStep = v;
            return this;
        }

        /** @param v see {@link TrainConfig#updatesPerStep()} @return this */
        public Builder updatesPerStep(int v) {
            updatesPerStep = v;
            return this;
        }

        /** @return the validated config */
        public TrainConfig build() {
            return new TrainConfig(learningRate, totalSteps, batchSize, bufferCapacity, epsilonStart, epsilonEnd,
                    epsilonDecaySteps, warmupSteps, gamma, tau, targetUpdateInterval, gradClipNorm, hindsightWeight,
                    hindsightHorizon, auxWeight, doubleDqn, tdLoss,
                    priorityAlpha, priorityBetaStart, priorityBetaEnd, adamBeta1, adamBeta2, adamEpsilon,
                    trunkSizes, headHidden, auxHidden, seed, threads, evalIntervalSteps, checkpointIntervalSteps,
                    noOrderPrior, selectionSessions, nStep, updatesPerStep);
        }
    }
}
