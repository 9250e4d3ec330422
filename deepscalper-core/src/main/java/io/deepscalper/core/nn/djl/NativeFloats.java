package io.deepscalper.core.nn.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Java views of the memory of PyTorch float32 tensors, so that bulk copies between Java arrays and a tensor
 * are one {@code memcpy} with no staging buffer and no extra native call.
 *
 * <p>Inputs are always written into tensors that PyTorch allocated, never wrapped from Java buffers, because
 * of alignment: PyTorch's CPU matrix kernels pick their code path by the address alignment of the operands,
 * and different paths round differently. A Java direct buffer only guarantees a small alignment, so an input
 * wrapped from one would make two identical runs in two processes drift apart in the last bits, and a seeded
 * training run would not be reproducible. PyTorch's own allocations are 64-byte aligned.
 */
final class NativeFloats {
    private NativeFloats() {
    }

    /**
     * A buffer that reads and writes the tensor's own memory. Valid while the tensor is open.
     *
     * @param tensor a contiguous float32 CPU tensor allocated by PyTorch
     * @return a view of all its values
     * @throws IllegalStateException if the engine handed back a copy instead of a view
     */
    static FloatBuffer alias(NDArray tensor) {
        FloatBuffer view = JniUtils.getByteBuffer((PtNDArray) tensor, true).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        if (view.capacity() != tensor.size() || !aliases(view, tensor)) {
            throw new IllegalStateException("the PyTorch engine returned a copy of a " + tensor.getShape()
                    + " tensor instead of a view of its memory; this DJL version is not supported");
        }
        return view;
    }

    /** Probes that a write through {@code view} is seen by the tensor, then restores the value. */
    private static boolean aliases(FloatBuffer view, NDArray tensor) {
        if (view.capacity() == 0) {
            return true;
        }
        float original = view.get(0);
        float probe = original == 1f ? 2f : 1f;
        view.put(0, probe);
        boolean seen = tensor.getFloat(new long[tensor.getShape().dimension()]) == probe;
        view.put(0, original);
        return seen;
    }

    /**
     * Copies all values of a tensor (a view or not) into {@code dst} at {@code offset}.
     *
     * @param tensor a contiguous float32 CPU tensor
     * @param dst    destination
     * @param offset first index written
     */
    static void copyTo(NDArray tensor, float[] dst, int offset) {
        FloatBuffer src = read(tensor);
        src.get(0, dst, offset, src.capacity());
    }

    /**
     * The tensor's values for reading: a view of its memory where the engine can give one, else a copy.
     *
     * @param tensor a contiguous float32 CPU tensor; keep it open while reading
     * @return its values in row-major order
     */
    static FloatBuffer read(NDArray tensor) {
        return JniUtils.getByteBuffer((PtNDArray) tensor, true).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
