package io.deepscalper.registry.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.QOutputs;
import io.deepscalper.registry.export.OnnxModelBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The ONNX Runtime session behind {@link OnnxInference}. Every reference to {@code ai.onnxruntime} types
 * lives in this class, so that {@link OnnxInference} can be loaded, and can say what is missing, when the
 * optional runtime is not on the class path. Not thread-safe: one instance per acting thread.
 *
 * <p>The single-observation input lives in one direct buffer wrapped once in an {@link OnnxTensor}, so
 * {@link #act} copies the observation in and runs, without creating an input tensor per call.
 */
final class OrtSessionRunner implements AutoCloseable {
    private static final Set<String> Q_OUTPUTS = Set.of(OnnxModelBuilder.PRICE_Q, OnnxModelBuilder.QUANTITY_Q);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final NetworkConfig config;
    private final FloatBuffer single;
    private final OnnxTensor singleTensor;
    private final Map<String, OnnxTensor> singleInput;

    private OrtSessionRunner(OrtSession session, NetworkConfig config) throws OrtException {
        checkShapes(session, config);
        this.env = OrtEnvironment.getEnvironment();
        this.session = session;
        this.config = config;
        this.single = ByteBuffer.allocateDirect(config.inputSize() * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        this.singleTensor = OnnxTensor.createTensor(env, single, new long[] {1, config.inputSize()});
        this.singleInput = Map.of(OnnxModelBuilder.INPUT, singleTensor);
    }

    /**
     * Opens an exported {@code .onnx} file.
     *
     * @param model   the file
     * @param config  the network shape it was exported with
     * @param threads intra-op threads (1 is fastest for single observations)
     */
    static OrtSessionRunner open(Path model, NetworkConfig config, int threads) {
        try {
            return new OrtSessionRunner(OrtEnvironment.getEnvironment().createSession(model.toString(), options(threads)),
                    config);
        } catch (OrtException e) {
            throw new IllegalArgumentException("ONNX Runtime cannot load " + model + ": " + e.getMessage(), e);
        }
    }

    /** Opens a model held in memory (e.g. straight from {@link OnnxModelBuilder#build}). */
    static OrtSessionRunner open(byte[] model, NetworkConfig config, int threads) {
        try {
            return new OrtSessionRunner(OrtEnvironment.getEnvironment().createSession(model, options(threads)), config);
        } catch (OrtException e) {
            throw new IllegalArgumentException("ONNX Runtime cannot load the model: " + e.getMessage(), e);
        }
    }

    /** Fails fast, with both shapes named, when the model was exported for another network config. */
    private static void checkShapes(OrtSession session, NetworkConfig config) throws OrtException {
        Map<String, Long> want = Map.of(OnnxModelBuilder.INPUT, (long) config.inputSize(),
                OnnxModelBuilder.PRICE_Q, (long) config.priceBins(),
                OnnxModelBuilder.QUANTITY_Q, (long) config.quantityBins());
        Map<String, ai.onnxruntime.NodeInfo> nodes = new java.util.HashMap<>(session.getInputInfo());
        nodes.putAll(session.getOutputInfo());
        for (Map.Entry<String, Long> w : want.entrySet()) {
            ai.onnxruntime.NodeInfo n = nodes.get(w.getKey());
            long[] shape = n != null && n.getInfo() instanceof ai.onnxruntime.TensorInfo t ? t.getShape() : null;
            if (shape == null || shape.length != 2 || shape[1] != w.getValue()) {
                session.close();
                throw new IllegalArgumentException("the ONNX model's " + w.getKey() + " has shape "
                        + (shape == null ? "(absent)" : java.util.Arrays.toString(shape)) + " but the network config "
                        + config + " needs [batch, " + w.getValue() + "]; export the model again or pass its config");
            }
        }
    }

    private static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(Math.max(1, threads));
        o.setInterOpNumThreads(1);
        o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return o;
    }

    /** @return the network shape */
    NetworkConfig config() {
        return config;
    }

    /**
     * Runs all four heads over a batch.
     *
     * @param observations row-major {@code [batch, inputSize]}
     * @param batch        rows
     * @return the heads, row-major, as {@link io.deepscalper.api.nn.QNetwork#forward} returns them
     */
    QOutputs forward(float[] observations, int batch) {
        if (batch <= 0 || observations.length != batch * config.inputSize()) {
            throw new IllegalArgumentException("expected " + batch + " x " + config.inputSize() + " = "
                    + (long) batch * config.inputSize() + " observation values but got " + observations.length);
        }
        try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(observations),
                new long[] {batch, config.inputSize()});
             OrtSession.Result r = session.run(Map.of(OnnxModelBuilder.INPUT, x))) {
            return new QOutputs(batch, floats(r, OnnxModelBuilder.PRICE_Q), floats(r, OnnxModelBuilder.QUANTITY_Q),
                    floats(r, OnnxModelBuilder.VALUE), floats(r, OnnxModelBuilder.AUX));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    /**
     * Greedy action for one observation: argmax of each branch, packed as
     * {@code priceBin * quantityBins + quantityBin}.
     */
    int act(float[] observation) {
        if (observation.length != config.inputSize()) {
            throw new IllegalArgumentException("expected " + config.inputSize() + " observation values but got "
                    + observation.length);
        }
        single.clear();
        single.put(observation);
        single.rewind();
        try (OrtSession.Result r = session.run(singleInput, Q_OUTPUTS)) {
            FloatBuffer p = ((OnnxTensor) r.get(OnnxModelBuilder.PRICE_Q).orElseThrow()).getFloatBuffer();
            FloatBuffer q = ((OnnxTensor) r.get(OnnxModelBuilder.QUANTITY_Q).orElseThrow()).getFloatBuffer();
            return argmax(p) * config.quantityBins() + argmax(q);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    private static int argmax(FloatBuffer b) {
        int best = 0;
        for (int i = 1; i < b.limit(); i++) {
            if (b.get(i) > b.get(best)) {
                best = i;
            }
        }
        return best;
    }

    private static float[] floats(OrtSession.Result r, String name) {
        FloatBuffer b = ((OnnxTensor) r.get(name).orElseThrow()).getFloatBuffer();
        float[] out = new float[b.remaining()];
        b.get(out);
        return out;
    }

    @Override
    public void close() {
        singleTensor.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX Runtime session: " + e.getMessage(), e);
        }
    }
}
