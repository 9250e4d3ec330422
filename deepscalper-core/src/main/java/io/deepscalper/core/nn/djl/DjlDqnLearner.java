package io.deepscalper.core.nn.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import io.deepscalper.core.nn.ParameterLayout;
import io.deepscalper.core.replay.ReplayBatch;
import io.deepscalper.core.train.TdLoss;
import io.deepscalper.core.train.TrainConfig;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * One learner update of the branching dueling double DQN on DJL (DESIGN.md section 2, Learning).
 *
 * <p>Per branch {@code d} (price, quantity) the target is
 * {@code y_d = r + gamma (1 - done) Q'_d(s', argmax_a Q_d(s', a))} (double DQN: online argmax, target
 * value; with {@code doubleDqn = false} the target network's own max). Since {@code Q_d = V + A_d - mean(A_d)},
 * the online argmax only needs the advantages. The loss is
 * {@code mean_b[w_b (L(Q_p - y_p) + L(Q_q - y_q)) / 2] + auxWeight * mean_b[(aux_b - t_b)^2]} with {@code L}
 * Huber (delta 1) or one half squared, and {@code w_b} the replay importance weights.
 *
 * <p>Cost-conscious details: the batch goes to the engine through three direct buffers that are
 * reused every update (observations, next observations, and one {@code [batch, P + Q + 4]} block of
 * one-hot actions, rewards, discounts, aux targets and weights), so nothing is allocated on the Java
 * heap per update and nothing waits for the garbage collector. The next-state forward passes run
 * outside the gradient recorder. Gradient clipping is folded into Adam's gradient rescale. Adam
 * and the soft target update each run once over the whole flat parameter tensor, not per layer.
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
    private final Engine engine;
    private final NDManager manager;
    private final ParameterLayout layout;
    private final int batch;
    private final int inputSize;
    private final int priceBins;
    private final int quantityBins;
    private final int scalarWidth;
    private final ByteBuffer obsBytes;
    private final ByteBuffer nextBytes;
    private final ByteBuffer scalarBytes;
    private final FloatBuffer obsFloats;
    private final FloatBuffer nextFloats;
    private final FloatBuffer scalarFloats;
    private final float[] scalarRow;
    private final NDArray obs;
    private final NDArray next;
    private final NDArray scalars;
    private final NDArray adamMean;
    private final NDArray adamVariance;
    private final NDArray half;
    private final NDArray one;
    private final NDArray auxWeight;
    private final NDIndex priceOneHot;
    private final NDIndex quantityOneHot;
    private final NDIndex rewardCol;
    private final NDIndex discountCol;
    private final NDIndex auxCol;
    private final NDIndex weightCol;
    private final BlockNorms norms;
    private long updates;
    private boolean closed;

    /**
     * @param config  learning settings
     * @param online  the network to train; the learner creates its target network as a copy
     */
    public DjlDqnLearner(TrainConfig config, DjlQNetwork online) {
        this.config = config;
        this.online = online;
        this.target = online.copy();
        this.engine = DjlEngine.get(config.threads());
        this.manager = engine.newBaseManager();
        this.layout = online.layout();
        this.batch = config.batchSize();
        this.inputSize = online.config().inputSize();
        this.priceBins = online.config().priceBins();
        this.quantityBins = online.config().quantityBins();
        this.scalarWidth = priceBins + quantityBins + 4;
        this.obsBytes = direct(batch * inputSize);
        this.nextBytes = direct(batch * inputSize);
        this.scalarBytes = direct(batch * scalarWidth);
        this.obsFloats = obsBytes.asFloatBuffer();
        this.nextFloats = nextBytes.asFloatBuffer();
        this.scalarFloats = scalarBytes.asFloatBuffer();
        this.scalarRow = new float[scalarWidth];
        this.obs = manager.zeros(new Shape(batch, inputSize));
        this.next = manager.zeros(new Shape(batch, inputSize));
        this.scalars = manager.zeros(new Shape(batch, scalarWidth));
        this.adamMean = manager.zeros(new Shape(layout.size()));
        this.adamVariance = manager.zeros(new Shape(layout.size()));
        // constants of the loss, allocated by PyTorch once; see constant() for why never a Java number
        this.half = constant(0.5f);
        this.one = constant(1f);
        this.auxWeight = constant((float) config.auxWeight());
        int pq = priceBins + quantityBins;
        this.priceOneHot = new NDIndex().addAllDim().addSliceDim(0, priceBins);
        this.quantityOneHot = new NDIndex().addAllDim().addSliceDim(priceBins, pq);
        this.rewardCol = new NDIndex().addAllDim().addIndices(pq);
        this.discountCol = new NDIndex().addAllDim().addIndices(pq + 1);
        this.auxCol = new NDIndex().addAllDim().addIndices(pq + 2);
        this.weightCol = new NDIndex().addAllDim().addIndices(pq + 3);
        this.norms = new BlockNorms(layout);
    }

    /**
     * A scalar tensor whose storage PyTorch allocated and owns.
     *
     * <p>Why not {@code x.mul(0.5f)}: DJL turns a Java number into a tensor that aliases a temporary
     * direct buffer ({@code from_blob}, no copy), runs the op, and closes that tensor at once, which
     * drops the only reference to the buffer. Inside the gradient recorder the op's backward node has
     * saved that scalar, so the buffer's memory may be freed (by the garbage collector, at any time)
     * before {@code backward} reads it, and the gradient is scaled by whatever the memory then holds:
     * sporadic, load-dependent garbage gradients with a correct loss. Constants owned by PyTorch stay
     * valid for as long as any graph refers to them.
     */
    private NDArray constant(float value) {
        return manager.full(new Shape(), value);
    }

    private static ByteBuffer direct(int floats) {
        return DirectBuffers.floats(floats);
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
        return updates;
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
        upload(b);
        long t1 = System.nanoTime();
        JniUtils.setGradMode(false);
        try (NDScope ignored = new NDScope()) {
            NDArray onehotP = scalars.get(priceOneHot);
            NDArray onehotQ = scalars.get(quantityOneHot);
            NDArray reward = scalars.get(rewardCol);
            NDArray discount = scalars.get(discountCol);
            NDArray auxTarget = scalars.get(auxCol);
            NDArray weight = scalars.get(weightCol);

            NDArray[] y = targets(reward, discount);
            long t2 = System.nanoTime();
            NDArray loss;
            NDArray qLoss;
            NDArray auxLoss;
            NDArray tdP;
            NDArray tdQ;
            try (GradientCollector gc = engine.newGradientCollector()) {
                NDArray hh = online.headsHidden(online.trunk(obs));
                NDArray v = online.value(hh).reshape(batch);
                NDArray advP = online.priceAdvantage(hh);
                NDArray advQ = online.quantityAdvantage(hh);
                NDArray qP = advP.mul(onehotP).sum(new int[] {1}).sub(advP.mean(new int[] {1})).add(v);
                NDArray qQ = advQ.mul(onehotQ).sum(new int[] {1}).sub(advQ.mean(new int[] {1})).add(v);
                tdP = qP.sub(y[0]);
                tdQ = qQ.sub(y[1]);
                // no Java numbers in here: see constant()
                qLoss = tdLoss(tdP).add(tdLoss(tdQ)).mul(weight).mean().mul(half);
                NDArray auxErr = online.aux(hh).sub(auxTarget);
                auxLoss = auxErr.mul(auxErr).mean();
                loss = qLoss.add(auxLoss.mul(auxWeight));
                gc.backward(loss);
            }
            JniUtils.setGradMode(false);
            long t3 = System.nanoTime();
            NDArray losses = NDArrays.concat(new NDList(loss.reshape(1), qLoss.reshape(1), auxLoss.reshape(1),
                    tdP.stopGradient(), tdQ.stopGradient()));
            float[] l = losses.toFloatArray();
            stats.loss = l[0];
            stats.qLoss = l[1];
            stats.auxLoss = l[2];
            System.arraycopy(l, 3, stats.tdPrice, 0, batch);
            System.arraycopy(l, 3 + batch, stats.tdQuantity, 0, batch);

            NDArray[] blocks = online.blocks();
            NDArray[] grads = new NDArray[blocks.length];
            NDArray[] flatGrads = new NDArray[blocks.length];
            for (int i = 0; i < blocks.length; i++) {
                grads[i] = blocks[i].getGradient();
                flatGrads[i] = grads[i].reshape(-1);
            }
            NDArray grad = NDArrays.concat(new NDList(flatGrads));
            stats.gradNorm = norms.compute(grads, stats.layerGradNorms);
            for (NDArray blk : blocks) {
                JniUtils.zeroGrad((PtNDArray) blk);
            }
            long t4 = System.nanoTime();
            double clip = stats.gradNorm > config.gradClipNorm() ? config.gradClipNorm() / stats.gradNorm : 1.0;
            updates++;
            double b1 = config.adamBeta1();
            double b2 = config.adamBeta2();
            double biasCorrection = Math.sqrt(1 - StrictMath.pow(b2, updates)) / (1 - StrictMath.pow(b1, updates));
            JniUtils.adamUpdate((PtNDArray) online.flat(), (PtNDArray) grad, (PtNDArray) adamMean,
                    (PtNDArray) adamVariance, (float) config.learningRate(),
                    (float) (config.learningRate() * biasCorrection), 0f, (float) clip, -1f, (float) b1, (float) b2,
                    (float) config.adamEpsilon(), false);
            if (updates % config.targetUpdateInterval() == 0) {
                double tauK = 1 - StrictMath.pow(1 - config.tau(), config.targetUpdateInterval());
                target.flat().addi(online.flat().sub(target.flat()).muli((float) tauK));
            }
            long t5 = System.nanoTime();
            norms.compute(blocks, stats.layerWeightNorms);
            long t6 = System.nanoTime();
            long[] p = stats.phaseNanos;
            p[0] = t1 - t0;
            p[1] = t2 - t1;
            p[2] = t3 - t2;
            p[3] = t4 - t3;
            p[4] = t5 - t4;
            p[5] = t6 - t5;
        }
    }

    /** @return {y_price, y_quantity}, computed without recording gradients */
    private NDArray[] targets(NDArray reward, NDArray discount) {
        NDArray hhT = target.headsHidden(target.trunk(next));
        NDArray vT = target.value(hhT).reshape(batch);
        NDArray advPT = target.priceAdvantage(hhT);
        NDArray advQT = target.quantityAdvantage(hhT);
        NDArray nextP;
        NDArray nextQ;
        if (config.doubleDqn()) {
            NDArray hhO = online.headsHidden(online.trunk(next));
            NDArray bestP = online.priceAdvantage(hhO).argMax(1).reshape(batch, 1);
            NDArray bestQ = online.quantityAdvantage(hhO).argMax(1).reshape(batch, 1);
            nextP = advPT.gather(bestP, 1).reshape(batch);
            nextQ = advQT.gather(bestQ, 1).reshape(batch);
        } else {
            nextP = advPT.max(new int[] {1});
            nextQ = advQT.max(new int[] {1});
        }
        NDArray qP = nextP.sub(advPT.mean(new int[] {1})).add(vT);
        NDArray qQ = nextQ.sub(advQT.mean(new int[] {1})).add(vT);
        return new NDArray[] {reward.add(discount.mul(qP)), reward.add(discount.mul(qQ))};
    }

    private NDArray tdLoss(NDArray td) {
        if (config.tdLoss() == TdLoss.HALF_SQUARED) {
            return td.mul(td).mul(half);
        }
        NDArray abs = td.abs();
        NDArray small = abs.minimum(one);
        // Huber(delta 1) = 0.5 min(|x|,1)^2 + (|x| - min(|x|,1)); smooth and exact on both sides
        return small.mul(small).mul(half).add(abs.sub(small));
    }

    private void upload(ReplayBatch b) {
        obsFloats.clear();
        obsFloats.put(b.observations, 0, batch * inputSize);
        nextFloats.clear();
        nextFloats.put(b.nextObservations, 0, batch * inputSize);
        scalarFloats.clear();
        float gamma = (float) config.gamma();
        int pq = priceBins + quantityBins;
        for (int k = 0; k < batch; k++) {
            java.util.Arrays.fill(scalarRow, 0f);
            int a = b.actions[k];
            scalarRow[a / quantityBins] = 1f;
            scalarRow[priceBins + a % quantityBins] = 1f;
            scalarRow[pq] = b.rewards[k];
            scalarRow[pq + 1] = gamma * (1f - b.dones[k]);
            scalarRow[pq + 2] = b.auxTargets[k];
            scalarRow[pq + 3] = b.weights[k];
            scalarFloats.put(scalarRow);
        }
        obs.set(obsBytes);
        next.set(nextBytes);
        scalars.set(scalarBytes);
    }

    // ---- state for checkpoints ----

    /** @return Adam's first moments in flat-layout order */
    public float[] adamMean() {
        return adamMean.toFloatArray();
    }

    /** @return Adam's second moments in flat-layout order */
    public float[] adamVariance() {
        return adamVariance.toFloatArray();
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
        if (mean.length != layout.size() || variance.length != layout.size()) {
            throw new IllegalArgumentException("optimizer state has " + mean.length + "/" + variance.length
                    + " values but the network has " + layout.size() + " parameters");
        }
        target.setFlat(targetFlat);
        try (NDScope ignored = new NDScope()) {
            adamMean.set(new NDIndex(":"), manager.create(mean));
            adamVariance.set(new NDIndex(":"), manager.create(variance));
        }
        this.updates = updateCount;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            target.close();
            manager.close();
        }
    }
}
