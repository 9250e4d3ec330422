package io.deepscalper.registry.onnx;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.QOutputs;
import java.nio.file.Path;

/**
 * Runs an exported Q-network in ONNX Runtime: the fast path for acting (one observation at a time) and
 * the reference the export tests compare against. Not thread-safe: one instance per acting thread.
 *
 * <p>ONNX Runtime ({@code com.microsoft.onnxruntime:onnxruntime}) is an optional dependency of
 * {@code deepscalper-registry}: exporting needs only the ONNX protobuf classes. Opening a model without the
 * runtime on the class path fails with {@link OnnxRuntimeMissingException}, which names the artifact to add.
 * The single-observation input lives in one direct buffer wrapped once in a tensor, so {@link #act} copies
 * the observation in and runs, without creating an input tensor per call.
 */
public final class OnnxInference implements AutoCloseable {
    /** The class whose presence tells that ONNX Runtime is on the class path. */
    static final String RUNTIME_CLASS = "ai.onnxruntime.OrtEnvironment";

    private final OrtSessionRunner runner;

    private OnnxInference(OrtSessionRunner runner) {
        this.runner = runner;
    }

    /**
     * Opens an exported {@code .onnx} file.
     *
     * @param model   the file
     * @param config  the network shape it was exported with
     * @param threads intra-op threads (1 is fastest for single observations)
     * @return the open model
     * @throws OnnxRuntimeMissingException when ONNX Runtime is not on the class path
     */
    public static OnnxInference open(Path model, NetworkConfig config, int threads) {
        requireRuntime(OnnxInference.class.getClassLoader());
        return new OnnxInference(OrtSessionRunner.open(model, config, threads));
    }

    /**
     * Opens a model held in memory (e.g. straight from
     * {@link io.deepscalper.registry.export.OnnxModelBuilder#build}).
     *
     * @param model   the serialised model
     * @param config  the network shape it was exported with
     * @param threads intra-op threads
     * @return the open model
     * @throws OnnxRuntimeMissingException when ONNX Runtime is not on the class path
     */
    public static OnnxInference open(byte[] model, NetworkConfig config, int threads) {
        requireRuntime(OnnxInference.class.getClassLoader());
        return new OnnxInference(OrtSessionRunner.open(model, config, threads));
    }

    /**
     * Checks that ONNX Runtime can be loaded by {@code loader}.
     *
     * @param loader the class loader to look in
     * @throws OnnxRuntimeMissingException when it cannot
     */
    static void requireRuntime(ClassLoader loader) {
        try {
            Class.forName(RUNTIME_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new OnnxRuntimeMissingException(e);
        }
    }

    /** @return the network shape */
    public NetworkConfig config() {
        return runner.config();
    }

    /**
     * Runs all four heads over a batch.
     *
     * @param observations row-major {@code [batch, inputSize]}
     * @param batch        rows
     * @return the heads, row-major, as {@link io.deepscalper.api.nn.QNetwork#forward} returns them
     */
    public QOutputs forward(float[] observations, int batch) {
        return runner.forward(observations, batch);
    }

    /**
     * Greedy action for one observation: argmax of each branch, packed as
     * {@code priceBin * quantityBins + quantityBin}.
     *
     * @param observation {@code inputSize} values
     * @return the packed action
     */
    public int act(float[] observation) {
        return runner.act(observation);
    }

    @Override
    public void close() {
        runner.close();
    }
}
