package io.deepscalper.core.nn.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.jni.JniUtils;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterInit;
import io.deepscalper.api.nn.ParameterLayout;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.nn.QOutputs;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branching dueling Q-network on DJL's PyTorch engine.
 *
 * <p>All parameters live in one flat native float32 tensor laid out by {@link ParameterLayout}, which Java
 * reads and writes through a view of its memory ({@link NativeFloats}). Each engine block (a weight, a bias,
 * or the fused first layer of the four heads) is an alias of a slice of that tensor. The heads' output
 * layers are also kept as one block-diagonal matrix ({@link HeadOutputLayer}), refreshed whenever the
 * parameters are written, so that a forward pass ends in a single product. The learner records gradients
 * through {@link #freshLeaves() fresh leaves} over the same memory.
 *
 * <p>Not thread-safe. Close it to release native memory.
 */
public final class DjlQNetwork implements QNetwork {
    private final NetworkConfig config;
    private final ParameterLayout layout;
    private final NDManager manager;
    private final NDArray flat;
    private final FloatBuffer flatView;
    private final NDArray[] blocks;
    private final int trunkDepth;
    private final HeadOutputLayer headOutput;
    private final NDArray[] forwardParameters;
    private final int[] blockOffsets;
    private final NDIndex valueCols;
    private final NDIndex priceCols;
    private final NDIndex quantityCols;
    private final NDIndex auxCols;
    private final NDArray actInput;
    private final FloatBuffer actInputView;
    private final NDArray actHeadWeight;
    private final NDArray actHeadBias;
    private final NDArray actOutputWeight;
    private final NDArray actOutputBias;
    private boolean closed;
    private long version;

    private DjlQNetwork(NetworkConfig config, float[] flatValues, int threads) {
        Engine engine = DjlEngine.get(threads);
        this.config = config;
        this.layout = new ParameterLayout(config);
        this.manager = engine.newBaseManager();
        this.trunkDepth = config.trunkSizes().size();
        // grad mode is thread-local in PyTorch; outside a learner update nothing may record a graph
        JniUtils.setGradMode(false);
        // allocated by PyTorch (64-byte aligned) and filled in place; see NativeFloats for why alignment matters
        this.flat = manager.zeros(new Shape(layout.size()));
        this.flatView = NativeFloats.alias(flat);
        this.headOutput = new HeadOutputLayer(manager, layout);
        setFlat(flatValues);
        List<ParameterLayout.Block> bl = layout.blocks();
        this.blocks = new NDArray[bl.size()];
        for (int i = 0; i < blocks.length; i++) {
            ParameterLayout.Block b = bl.get(i);
            NDArray view = flat.get(new NDIndex().addSliceDim(b.offset(), b.offset() + b.length()))
                    .reshape(new Shape(b.shape()));
            // detached, so that the alias never joins a graph; gradients are recorded through freshLeaves()
            blocks[i] = view.stopGradient();
            view.close();
        }
        int hidden = 2 * trunkDepth + 2;
        this.forwardParameters = new NDArray[hidden + 2];
        System.arraycopy(blocks, 0, forwardParameters, 0, hidden);
        forwardParameters[hidden] = headOutput.weight();
        forwardParameters[hidden + 1] = headOutput.bias();
        this.blockOffsets = bl.stream().mapToInt(ParameterLayout.Block::offset).toArray();
        int h = config.headHidden();
        this.valueCols = new NDIndex().addAllDim().addSliceDim(0, h);
        this.priceCols = new NDIndex().addAllDim().addSliceDim(h, 2L * h);
        this.quantityCols = new NDIndex().addAllDim().addSliceDim(2L * h, 3L * h);
        this.auxCols = new NDIndex().addAllDim().addSliceDim(3L * h, 3L * h + config.auxHidden());
        this.actInput = manager.zeros(new Shape(1, config.inputSize()));
        this.actInputView = NativeFloats.alias(actInput);
        // acting needs only the price and quantity rows of the fused head layer: a view of those rows
        ParameterLayout.Slot pw = layout.slot("price.0.weight");
        ParameterLayout.Slot pb = layout.slot("price.0.bias");
        int trunkOut = config.trunkSizes().get(trunkDepth - 1);
        this.actHeadWeight = flat.get(new NDIndex().addSliceDim(pw.offset(), pw.offset() + 2L * h * trunkOut))
                .reshape(2L * h, trunkOut);
        this.actHeadBias = flat.get(new NDIndex().addSliceDim(pb.offset(), pb.offset() + 2L * h));
        // ... and the price and quantity blocks of the block-diagonal output layer: views that see every refresh
        long advantages = config.priceBins() + config.quantityBins();
        this.actOutputWeight = headOutput.weight().get(new NDIndex().addSliceDim(1, 1 + advantages)
                .addSliceDim(h, 3L * h));
        this.actOutputBias = headOutput.bias().get(new NDIndex().addSliceDim(1, 1 + advantages));
    }

    /**
     * A network initialised from a seed with PyTorch's default scheme, computed in Java.
     *
     * @param config  layer sizes
     * @param seed    initialisation seed
     * @param threads intra-op threads for the engine
     * @return a new network
     */
    public static DjlQNetwork create(NetworkConfig config, long seed, int threads) {
        ParameterLayout layout = new ParameterLayout(config);
        return new DjlQNetwork(config, ParameterInit.kaimingUniform(layout, seed), threads);
    }

    /**
     * A network holding the given parameters (warm start, registry load).
     *
     * @param config     layer sizes
     * @param parameters names and shapes must match {@code config}
     * @param threads    intra-op threads for the engine
     * @return a new network
     */
    public static DjlQNetwork of(NetworkConfig config, ParameterSet parameters, int threads) {
        return new DjlQNetwork(config, new ParameterLayout(config).toFlat(parameters), threads);
    }

    /** @return a new network with the same config and a copy of this one's parameters */
    public DjlQNetwork copy() {
        return new DjlQNetwork(config, flatValues(), Math.max(1, DjlEngine.threads()));
    }

    @Override
    public NetworkConfig config() {
        return config;
    }

    /** @return where each parameter lives in the flat parameter vector ({@link #flatValues()}) */
    public ParameterLayout layout() {
        return layout;
    }

    @Override
    public QOutputs forward(float[] observations, int batch) {
        checkOpen();
        checkInput(observations, batch);
        float[] rows;
        try (NDScope ignored = new NDScope()) {
            rows = outputs(input(observations, batch), forwardParameters).toFloatArray();
        }
        int pBins = config.priceBins();
        int qBins = config.quantityBins();
        int width = pBins + qBins + 2;
        float[] priceQ = new float[batch * pBins];
        float[] quantityQ = new float[batch * qBins];
        float[] value = new float[batch];
        float[] aux = new float[batch];
        for (int k = 0; k < batch; k++) {
            int row = k * width;
            value[k] = rows[row];
            dueling(rows, row, row + 1, pBins, priceQ, k * pBins);
            dueling(rows, row, row + 1 + pBins, qBins, quantityQ, k * qBins);
            aux[k] = rows[row + width - 1];
        }
        return new QOutputs(batch, priceQ, quantityQ, value, aux);
    }

    /** {@code Q = V + A - mean(A)} for one row of one branch. */
    private static void dueling(float[] rows, int valueAt, int from, int bins, float[] out, int to) {
        float mean = 0;
        for (int i = 0; i < bins; i++) {
            mean += rows[from + i];
        }
        mean /= bins;
        for (int i = 0; i < bins; i++) {
            out[to + i] = rows[from + i] - mean + rows[valueAt];
        }
    }

    @Override
    public int act(float[] observation) {
        checkOpen();
        if (observation.length != config.inputSize()) {
            throw new IllegalArgumentException("observation has " + observation.length + " values but the network "
                    + "expects inputSize " + config.inputSize());
        }
        actInputView.put(0, observation);
        try (NDScope ignored = new NDScope()) {
            NDArray hh = Activation.relu(linear(trunk(actInput), actHeadWeight, actHeadBias));
            // V and the advantage means do not change which bin is largest, so only the advantages are needed
            float[] adv = linear(hh, actOutputWeight, actOutputBias).toFloatArray();
            return QNetwork.argmax(adv, 0, config.priceBins()) * config.quantityBins()
                    + QNetwork.argmax(adv, config.priceBins(), config.quantityBins());
        }
    }

    @Override
    public ParameterSet parameters() {
        checkOpen();
        return layout.toParameterSet(flatValues());
    }

    @Override
    public void setParameters(ParameterSet parameters) {
        checkOpen();
        setFlat(layout.toFlat(parameters));
    }

    /** @return a copy of all parameters in flat-layout order */
    public float[] flatValues() {
        checkOpen();
        float[] out = new float[layout.size()];
        flatView.get(0, out);
        return out;
    }

    /**
     * Overwrites all parameters in place (the block aliases keep pointing at the same storage).
     *
     * @param values values in flat-layout order
     */
    public void setFlat(float[] values) {
        checkOpen();
        if (values.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " values but got " + values.length);
        }
        writeParameters(values);
        version++;
    }

    /** @return how many times the parameters were replaced through {@link #setFlat} (learners cache them) */
    long version() {
        return version;
    }

    /** A Java view of the flat parameter tensor's memory, for the learner's optimiser; valid until close. */
    FloatBuffer flatView() {
        return flatView;
    }

    @Override
    public Map<String, float[]> activations(float[] observations, int batch) {
        checkOpen();
        checkInput(observations, batch);
        Map<String, float[]> out = new LinkedHashMap<>();
        try (NDScope ignored = new NDScope()) {
            NDArray x = input(observations, batch);
            for (int i = 0; i < trunkDepth; i++) {
                x = Activation.relu(linear(x, blocks[2 * i], blocks[2 * i + 1]));
                out.put("trunk." + i, x.toFloatArray());
            }
            NDArray hh = headsHidden(x, blocks);
            out.put("value.0", hh.get(valueCols).toFloatArray());
            out.put("price.0", hh.get(priceCols).toFloatArray());
            out.put("quantity.0", hh.get(quantityCols).toFloatArray());
            out.put("aux.0", hh.get(auxCols).toFloatArray());
        }
        return out;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }

    // ---- building blocks shared with the learner (same package) ----

    NDArray trunk(NDArray x) {
        return trunk(x, blocks);
    }

    private NDArray trunk(NDArray x, NDArray[] p) {
        NDArray h = x;
        for (int i = 0; i < trunkDepth; i++) {
            h = Activation.relu(linear(h, p[2 * i], p[2 * i + 1]));
        }
        return h;
    }

    /** Hidden layer of all four heads at once: {@code [batch, 3 x headHidden + auxHidden]}. */
    private NDArray headsHidden(NDArray trunkOut, NDArray[] p) {
        return Activation.relu(linear(trunkOut, p[2 * trunkDepth], p[2 * trunkDepth + 1]));
    }

    /**
     * All outputs in one tensor {@code [batch, 1 + P + Q + 1]}: per row {@code [V, A_p, A_q, aux]}, the layout
     * {@link io.deepscalper.core.dqn.BranchingDqnLoss} reads. The heads' output layers run as one product with
     * the block-diagonal {@link HeadOutputLayer}.
     *
     * @param x input rows
     * @param p {@link #forwardParameters()}, or {@link #freshLeaves()} to record gradients
     */
    NDArray outputs(NDArray x, NDArray[] p) {
        int hidden = 2 * trunkDepth + 2;
        NDArray hh = headsHidden(trunk(x, p), p);
        return linear(hh, p[hidden], p[hidden + 1]);
    }

    /** The tensors {@link #outputs} reads: trunk and fused hidden-layer blocks, then the head output layer. */
    NDArray[] forwardParameters() {
        return forwardParameters;
    }

    /**
     * New leaf tensors over the same memory as {@link #forwardParameters()}, without gradients yet. A backward
     * pass through them hands its gradient tensors to the leaves as they are, where long-lived leaves would add
     * them into their existing (zeroed) gradients: two full passes over the parameters saved per update.
     * Close them (or their scope) after {@link #gatherGradients reading the gradients}.
     */
    NDArray[] freshLeaves() {
        NDArray[] leaves = new NDArray[forwardParameters.length];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = forwardParameters[i].stopGradient();
            leaves[i].setRequiresGradient(true);
        }
        return leaves;
    }

    /**
     * After a backward pass through {@code leaves}, writes the gradient of every parameter into a flat vector.
     *
     * @param leaves from {@link #freshLeaves()}
     * @param flat   receives the gradients in flat-layout order
     */
    void gatherGradients(NDArray[] leaves, float[] flat) {
        int hidden = 2 * trunkDepth + 2;
        for (int i = 0; i < hidden; i++) {
            NativeFloats.copyTo(leaves[i].getGradient(), flat, blockOffsets[i]);
        }
        headOutput.gatherGradients(leaves[hidden].getGradient(), leaves[hidden + 1].getGradient(), flat);
    }

    /** Writes all parameters (the learner's own update: {@link #version()} does not change). */
    void writeParameters(float[] values) {
        flatView.put(0, values);
        headOutput.refresh(values);
    }

    static NDArray linear(NDArray x, NDArray w, NDArray b) {
        return x.getNDArrayInternal().linear(x, w, b).singletonOrThrow();
    }

    /**
     * The observations in a tensor that PyTorch allocated, so 64-byte aligned like the training batches:
     * see {@link NativeFloats} for why an unaligned input would change the last bits of the outputs.
     */
    private NDArray input(float[] observations, int batch) {
        NDArray x = manager.create(new Shape(batch, config.inputSize()));
        NativeFloats.alias(x).put(0, observations);
        return x;
    }

    private void checkInput(float[] observations, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1 but was " + batch);
        }
        if (observations.length != (long) batch * config.inputSize()) {
            throw new IllegalArgumentException("observations hold " + observations.length + " values; batch " + batch
                    + " x inputSize " + config.inputSize() + " = " + (long) batch * config.inputSize() + " expected");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this DjlQNetwork was closed");
        }
    }
}
