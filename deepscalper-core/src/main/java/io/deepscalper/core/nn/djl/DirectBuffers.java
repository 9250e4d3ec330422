package io.deepscalper.core.nn.djl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Native-order direct buffers aligned to 64 bytes, for data that DJL hands to PyTorch without a copy.
 *
 * <p>Why the alignment: PyTorch's CPU matrix kernels pick their code path by the address alignment of
 * the operands, and different paths round differently. {@link ByteBuffer#allocateDirect} only
 * guarantees a small alignment, so an unaligned input would make two identical runs in two processes
 * drift apart in the last bits, and a seeded training run would not be reproducible. PyTorch's own
 * allocations are 64-byte aligned; these buffers match them.
 */
final class DirectBuffers {
    private static final int ALIGNMENT = 64;

    private DirectBuffers() {
    }

    /** @return a zeroed, native-order, 64-byte aligned direct buffer for {@code floats} float32 values */
    static ByteBuffer floats(int floats) {
        int bytes = floats * Float.BYTES;
        // alignedSlice rounds the capacity down to a multiple of the alignment, so over-allocate by two units
        ByteBuffer aligned = ByteBuffer.allocateDirect(bytes + 2 * ALIGNMENT).alignedSlice(ALIGNMENT);
        aligned.limit(bytes);
        return aligned.slice().order(ByteOrder.nativeOrder());
    }
}
