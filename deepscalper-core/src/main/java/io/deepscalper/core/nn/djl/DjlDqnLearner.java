package io.deepscalper.core.nn.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import io.deepscalper.api.nn.ParameterLayout;
import io.deepscalper.core.dqn.BranchingDqnLoss;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.nn.optim.FlatOptimizer;
import io.deepscalper.core.replay.ReplayBatch;
import java.nio.FloatBuffer;

/**
 * One learner update of the branching dueling double DQN on DJL (docs/algorithm.md, "Learning"; the loss is
 * spelled out in {@link BranchingDqnLoss}).
 *
 * <p>How the work is divided, and why: the engine does the matrix work, the Java side everything that is
 * elementwise over a batch or over the parameters.
 * <ol>
 *   <li>The batch is written straight into the memory of two reused input tensors (see {@link NativeFloats}).
 *   <li>Without recording a graph, the target network (and, for double DQN, the online network) runs on the
 *       next observations; their output rows come to Java, which computes the bootstrapped targets.
 *   <li>With a graph, the online network runs on the observations; Java computes the loss, the TD errors and
 *       the gradient of the loss with respect to the output rows, and the engine back-propagates that
 *       gradient through the network.
 *   <li>The parameter gradients come to Java in one copy per tensor; gradient norms, clipping, Adam, the soft
 *       target update and the weight norms run as fused, JIT-vectorised loops over flat {@code float[]}
 *       vectors ({@link FlatOptimizer}; on two Java threads only with {@code OMP_WAIT_POLICY=PASSIVE}, see
 *       {@code optimizerThreads}); the new parameters are copied back.
 * </ol>
 * Each native operation costs a dispatch and, with several intra-op threads, a thread synchronisation; the
 * loss and the optimiser written as engine operations were some two hundred of them per update, which cost
 * more than their arithmetic. Nothing is allocated on the Java heap per update. No Java number ever enters
 * the graph (DJL would wrap it in a temporary buffer that the garbage collector may free before the backward
 * pass reads it; that once produced sporadic garbage gradients).
 *
 * <p>Adam follows DJL's (MXNet's) form: {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2},
 * {@code w -= lr sqrt(1-b2^t)/(1-b1^t) m / (sqrt(v) + eps)}.
 *
 * <p>Not thread-safe.
 */
public final class DjlDqnLearner implements AutoCloseable {
    private final TrainConfig config;
    private final DjlQNetwork online;
    private final DjlQNetwork target;
    private final NDManager manager;
    private final int batch;
    private final int inputSize;
    private final NDArray obs;
    private final NDArray next;
    private final NDArray outputGradient;
    private final FloatBuffer obsView;
    private final FloatBuffer nextView;
    private final FloatBuffer outputGradientView;
    private final BranchingDqnLoss loss;
    private final float[] targetNext;
    private final float[] onlineNext;
    private final float[] outputs;
    private final float[] outputGradients;
    private final float[] yPrice;
    private final float[] yQuantity;
    private final FlatOptimizer optimizer;
    private final float[] gradients;
    private final float[] weights;
    private final float[] targetWeights;
    private long onlineVersion = -1;
    private long targetVersion = -1;
    private boolean closed;

    /**
     * @param config  learning settings
     * @param online  the network to train; the learner creates its target network as a copy
     */
    public DjlDqnLearner(TrainConfig config, DjlQNetwork online) {
        this.config = config;
        this.online = online;
        this.target = online.copy();
        this.manager = DjlEngine.get(config.threads()).newBaseManager();
        ParameterLayout layout = online.layout();
        this.batch = config.batchSize();
        this.inputSize = online.config().inputSize();
        this.loss = new BranchingDqnLoss(online.config().priceBins(), online.config().quantityBins(), config);
        int rows = batch * loss.rowWidth();
        // allocated by PyTorch, so 64-byte aligned (see NativeFloats), and filled through views of their memory
        this.obs = manager.zeros(new Shape(batch, inputSize));
        this.next = manager.zeros(new Shape(batch, inputSize));
        this.outputGradient = manager.zeros(new Shape(batch, loss.rowWidth()));
        this.obsView = NativeFloats.alias(obs);
        this.nextView = NativeFloats.alias(next);
        this.outputGradientView = NativeFloats.alias(outputGradient);
        this.targetNext = new float[rows];
        this.onlineNext = new float[rows];
        this.outputs = new float[rows];
        this.outputGradients = new float[rows];
        this.yPrice = new float[batch];
        this.yQuantity = new float[batch];
        this.optimizer = new FlatOptimizer(layout, config.adamBeta1(), config.adamBeta2(), config.adamEpsilon(),
                optimizerThreads(config.threads()));
        this.gradients = new float[layout.size()];
        this.weights = new float[layout.size()];
        this.targetWeights = new float[layout.size()];
    }

    /** @return the network being trained */
    public DjlQNetwork online() {
        return online;
    }

    /** @return the slowly following target network */
    public DjlQNetwork target() {
        return target;
    }

    /** @return updates applied so far (Adam's step count) */
    public long updates() {
        return optimizer.adam().steps();
    }

    /**
     * Runs one update on a sampled batch and fills {@code stats}.
     *
     * @param b     the batch (its size must equal {@code batchSize})
     * @param stats receives losses, norms and per-sample TD errors
     */
    public void update(ReplayBatch b, UpdateStats stats) {
        if (closed) {
            throw new IllegalStateException("learner was closed");
        }
        if (b.size != batch || b.observationSize != inputSize) {
            throw new IllegalArgumentException("batch is " + b.size + " x " + b.observationSize + " but the learner "
                    + "was built for " + batch + " x " + inputSize);
        }
        long t0 = System.nanoTime();
        obsView.put(0, b.observations, 0, batch * inputSize);
        nextView.put(0, b.nextObservations, 0, batch * inputSize);
        long t1 = System.nanoTime();
        JniUtils.setGradMode(false);
        try (NDScope ignored = new NDScope()) {
            NativeFloats.copyTo(target.outputs(next, target.forwardParameters()), targetNext, 0);
            if (loss.needsOnlineNext()) {
                NativeFloats.copyTo(online.outputs(next, online.forwardParameters()), onlineNext, 0);
            }
            loss.targets(targetNext, onlineNext, b, yPrice, yQuantity);
            long t2 = System.nanoTime();
            NDArray[] leaves = online.freshLeaves();
            JniUtils.setGradMode(true);
            try {
                NDArray out = online.outputs(obs, leaves);
                NativeFloats.copyTo(out, outputs, 0);
                loss.lossAndGradient(outputs, b, yPrice, yQuantity, outputGradients, stats.tdPrice, stats.tdQuantity);
                outputGradientView.put(0, outputGradients);
                JniUtils.backward((PtNDArray) out, (PtNDArray) outputGradient, false, false);
            } finally {
                JniUtils.setGradMode(false);
            }
            stats.loss = loss.loss();
            stats.qLoss = loss.qLoss();
            stats.auxLoss = loss.auxLoss();
            long t3 = System.nanoTime();
            online.gatherGradients(leaves, gradients);
            stats.gradNorm = optimizer.norms(gradients, stats.layerGradNorms);
            long t4 = System.nanoTime();
            step(stats);
            long t5 = System.nanoTime();
            long[] p = stats.phaseNanos;
            p[0] = t1 - t0;
            p[1] = t2 - t1;
            p[2] = t3 - t2;
            p[3] = t4 - t3;
            p[4] = t5 - t4;
        }
    }

    /** Clipping, Adam, the soft target update and the weight norms on the Java copies of the parameters. */
    private void step(UpdateStats stats) {
        double clip = stats.gradNorm > config.gradClipNorm() ? config.gradClipNorm() / stats.gradNorm : 1.0;
        // the Java copies are refreshed only when someone replaced the parameters (warm start, rollback, restore);
        // the learner's own writes go to both copies
        if (online.version() != onlineVersion) {
            online.flatView().get(0, weights);
            onlineVersion = online.version();
        }
        boolean moveTarget = (optimizer.adam().steps() + 1) % config.targetUpdateInterval() == 0;
        if (moveTarget && target.version() != targetVersion) {
            target.flatView().get(0, targetWeights);
            targetVersion = target.version();
        }
        double tauK = 1 - StrictMath.pow(1 - config.tau(), config.targetUpdateInterval());
        optimizer.step(weights, gradients, config.learningRate(), clip, moveTarget ? targetWeights : null,
                (float) tauK, stats.layerWeightNorms);
        online.writeParameters(weights);
        if (moveTarget) {
            target.writeParameters(targetWeights);
        }
    }

    /**
     * Threads for the optimiser's loops. Only where OpenMP's workers sleep between operations
     * ({@code OMP_WAIT_POLICY=PASSIVE}, as the launcher and the tests set it) does a second Java thread get a
     * core of its own; with the default policy the engine's workers keep spinning on the other cores for a
     * while after each operation, and a Java worker sharing a core with one made the loops slower, not faster.
     */
    private static int optimizerThreads(int threads) {
        return "PASSIVE".equalsIgnoreCase(System.getenv("OMP_WAIT_POLICY")) ? threads : 1;
    }

    /** The flat gradient of the last update, before clipping (the learner's own buffer; for tests). */
    float[] lastGradients() {
        return gradients;
    }

    // ---- state for checkpoints ----

    /** @return Adam's first moments in flat-layout order */
    public float[] adamMean() {
        return optimizer.adam().mean();
    }

    /** @return Adam's second moments in flat-layout order */
    public float[] adamVariance() {
        return optimizer.adam().variance();
    }

    /**
     * Restores the optimiser and target network (checkpoint resume, warm start).
     *
     * @param targetFlat target parameters in flat order
     * @param mean       Adam first moments
     * @param variance   Adam second moments
     * @param updateCount Adam step count
     */
    public void restore(float[] targetFlat, float[] mean, float[] variance, long updateCount) {
        optimizer.adam().restore(mean, variance, updateCount);
        target.setFlat(targetFlat);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            target.close();
            manager.close();
            optimizer.close();
        }
    }
}
