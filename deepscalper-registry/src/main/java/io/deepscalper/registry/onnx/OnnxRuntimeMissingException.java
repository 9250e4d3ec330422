package io.deepscalper.registry.onnx;

/**
 * Thrown when an ONNX model is opened for inference but ONNX Runtime, an optional dependency of
 * {@code deepscalper-registry}, is not on the class path. Exporting to ONNX does not need it.
 */
public final class OnnxRuntimeMissingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    OnnxRuntimeMissingException(Throwable cause) {
        super("ONNX Runtime is not on the class path: running an exported .onnx model needs "
                + "com.microsoft.onnxruntime:onnxruntime (an optional dependency of deepscalper-registry); "
                + "add it to your build, or act through the DJL policy instead. Exporting to ONNX works without it.",
                cause);
    }
}
