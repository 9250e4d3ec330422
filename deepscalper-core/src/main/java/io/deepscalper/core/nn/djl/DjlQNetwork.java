package io.deepscalper.core.nn.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.jni.JniUtils;
import io.deepscalper.core.nn.NetworkConfig;
import io.deepscalper.core.nn.ParameterInit;
import io.deepscalper.core.nn.ParameterLayout;
import io.deepscalper.core.nn.ParameterSet;
import io.deepscalper.core.nn.QNetwork;
import io.deepscalper.core.nn.QOutputs;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branching dueling Q-network on DJL's PyTorch engine.
 *
 * <p>All parameters live in one flat native float32 tensor laid out by {@link ParameterLayout}.
 * Each engine block (a weight, a bias, or the fused first layer of the four heads) is a
 * detached alias of a slice of that tensor that requires gradients. So autograd sees ordinary leaf
 * tensors, while whole-network operations (Adam, soft target update, norms, copying) run on the
 * flat tensor in one native call each.
 *
 * <p>Not thread-safe. Close it to release native memory.
 */
public final class DjlQNetwork implements QNetwork {
    private final NetworkConfig config;
    private final ParameterLayout layout;
    private final NDManager manager;
    private final NDArray flat;
    private final NDArray[] blocks;
    private final int trunkDepth;
    private final NDIndex valueCols;
    private final NDIndex priceCols;
    private final NDIndex quantityCols;
    private final NDIndex auxCols;
    private final ByteBuffer actBytes;
    private final FloatBuffer actFloats;
    private final NDArray actInput;
    private final NDArray actHeadWeight;
    private final NDArray actHeadBias;
    private final NDIndex actPriceCols;
    private final NDIndex actQuantityCols;
    private boolean closed;

    private DjlQNetwork(NetworkConfig config, float[] flatValues, int threads) {
        Engine engine = DjlEngine.get(threads);
        this.config = config;
        this.layout = new ParameterLayout(config);
        this.manager = engine.newBaseManager();
        this.trunkDepth = config.trunkSizes().size();
        // grad mode is thread-local in PyTorch; outside a learner update nothing may record a graph
        JniUtils.setGradMode(false);
        // allocated by PyTorch (64-byte aligned) and filled in place; see DirectBuffers for why alignment matters
        this.flat = manager.zeros(new Shape(layout.size()));
        setFlat(flatValues);
        List<ParameterLayout.Block> bl = layout.blocks();
        this.blocks = new NDArray[bl.size()];
        for (int i = 0; i < blocks.length; i++) {
            ParameterLayout.Block b = bl.get(i);
            NDArray view = flat.get(new NDIndex().addSliceDim(b.offset(), b.offset() + b.length()))
                    .reshape(new Shape(b.shape()));
            NDArray leaf = view.stopGradient();
            view.close();
            leaf.setRequiresGradient(true);
            blocks[i] = leaf;
        }
        int h = config.headHidden();
        this.valueCols = new NDIndex().addAllDim().addSliceDim(0, h);
        this.priceCols = new NDIndex().addAllDim().addSliceDim(h, 2L * h);
        this.quantityCols = new NDIndex().addAllDim().addSliceDim(2L * h, 3L * h);
        this.auxCols = new NDIndex().addAllDim().addSliceDim(3L * h, 3L * h + config.auxHidden());
        this.actBytes = DirectBuffers.floats(config.inputSize());
        this.actFloats = actBytes.asFloatBuffer();
        this.actInput = manager.zeros(new Shape(1, config.inputSize()));
        // acting needs only the price and quantity rows of the fused head layer: a view of those rows
        ParameterLayout.Slot pw = layout.slot("price.0.weight");
        ParameterLayout.Slot pb = layout.slot("price.0.bias");
        int trunkOut = config.trunkSizes().get(trunkDepth - 1);
        this.actHeadWeight = flat.get(new NDIndex().addSliceDim(pw.offset(), pw.offset() + 2L * h * trunkOut))
                .reshape(2L * h, trunkOut);
        this.actHeadBias = flat.get(new NDIndex().addSliceDim(pb.offset(), pb.offset() + 2L * h));
        this.actPriceCols = new NDIndex().addAllDim().addSliceDim(0, h);
        this.actQuantityCols = new NDIndex().addAllDim().addSliceDim(h, 2L * h);
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
        return new DjlQNetwork(config, flat.toFloatArray(), Math.max(1, DjlEngine.threads()));
    }

    @Override
    public NetworkConfig config() {
        return config;
    }

    /** @return where each parameter lives in {@link #flat()} */
    public ParameterLayout layout() {
        return layout;
    }

    @Override
    public QOutputs forward(float[] observations, int batch) {
        checkOpen();
        checkInput(observations, batch);
        try (NDScope ignored = new NDScope()) {
            NDArray x = manager.create(observations, new Shape(batch, config.inputSize()));
            NDArray hh = headsHidden(trunk(x));
            NDArray v = value(hh);
            NDArray p = dueling(v, priceAdvantage(hh));
            NDArray q = dueling(v, quantityAdvantage(hh));
            return new QOutputs(batch, p.toFloatArray(), q.toFloatArray(), v.toFloatArray(), aux(hh).toFloatArray());
        }
    }

    @Override
    public int act(float[] observation) {
        checkOpen();
        if (observation.length != config.inputSize()) {
            throw new IllegalArgumentException("observation has " + observation.length + " values but the network "
                    + "expects inputSize " + config.inputSize());
        }
        actFloats.clear();
        actFloats.put(observation);
        actInput.set(actBytes);
        try (NDScope ignored = new NDScope()) {
            NDArray hh = Activation.relu(linear(trunk(actInput), actHeadWeight, actHeadBias));
            // V and the advantage means do not change which bin is largest, so only the advantages are needed
            NDArray p = linear(hh.get(actPriceCols), blocks[2 * trunkDepth + 4], blocks[2 * trunkDepth + 5]);
            NDArray q = linear(hh.get(actQuantityCols), blocks[2 * trunkDepth + 6], blocks[2 * trunkDepth + 7]);
            float[] adv = p.concat(q, 1).toFloatArray();
            return argmax(adv, 0, config.priceBins()) * config.quantityBins()
                    + argmax(adv, config.priceBins(), config.quantityBins());
        }
    }

    private static int argmax(float[] v, int from, int length) {
        int best = 0;
        for (int i = 1; i < length; i++) {
            if (v[from + i] > v[from + best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public ParameterSet parameters() {
        checkOpen();
        return layout.toParameterSet(flat.toFloatArray());
    }

    @Override
    public void setParameters(ParameterSet parameters) {
        checkOpen();
        setFlat(layout.toFlat(parameters));
    }

    /** @return a copy of all parameters in flat-layout order */
    public float[] flatValues() {
        checkOpen();
        return flat.toFloatArray();
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
        try (NDScope ignored = new NDScope()) {
            NDArray src = manager.create(values);
            flat.set(new NDIndex(":"), src);
        }
    }

    @Override
    public Map<String, float[]> activations(float[] observations, int batch) {
        checkOpen();
        checkInput(observations, batch);
        Map<String, float[]> out = new LinkedHashMap<>();
        try (NDScope ignored = new NDScope()) {
            NDArray x = manager.create(observations, new Shape(batch, config.inputSize()));
            for (int i = 0; i < trunkDepth; i++) {
                x = Activation.relu(linear(x, blocks[2 * i], blocks[2 * i + 1]));
                out.put("trunk." + i, x.toFloatArray());
            }
            NDArray hh = headsHidden(x);
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

    /** The flat parameter tensor; in-place updates are seen by every block alias. */
    NDArray flat() {
        return flat;
    }

    /** The engine blocks in flat order, each a leaf that requires gradients. */
    NDArray[] blocks() {
        return blocks;
    }

    NDManager manager() {
        return manager;
    }

    NDArray trunk(NDArray x) {
        NDArray h = x;
        for (int i = 0; i < trunkDepth; i++) {
            h = Activation.relu(linear(h, blocks[2 * i], blocks[2 * i + 1]));
        }
        return h;
    }

    /** Hidden layer of all four heads at once: {@code [batch, 3 x headHidden + auxHidden]}. */
    NDArray headsHidden(NDArray trunkOut) {
        return Activation.relu(linear(trunkOut, blocks[2 * trunkDepth], blocks[2 * trunkDepth + 1]));
    }

    NDArray value(NDArray hh) {
        return linear(hh.get(valueCols), blocks[2 * trunkDepth + 2], blocks[2 * trunkDepth + 3]);
    }

    NDArray priceAdvantage(NDArray hh) {
        return linear(hh.get(priceCols), blocks[2 * trunkDepth + 4], blocks[2 * trunkDepth + 5]);
    }

    NDArray quantityAdvantage(NDArray hh) {
        return linear(hh.get(quantityCols), blocks[2 * trunkDepth + 6], blocks[2 * trunkDepth + 7]);
    }

    NDArray aux(NDArray hh) {
        return linear(hh.get(auxCols), blocks[2 * trunkDepth + 8], blocks[2 * trunkDepth + 9]).reshape(-1);
    }

    /** {@code Q = V + A - mean(A)} per row; {@code v} is {@code [batch, 1]}. */
    static NDArray dueling(NDArray v, NDArray advantage) {
        return advantage.sub(advantage.mean(new int[] {1}, true)).add(v);
    }

    static NDArray linear(NDArray x, NDArray w, NDArray b) {
        return x.getNDArrayInternal().linear(x, w, b).singletonOrThrow();
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
