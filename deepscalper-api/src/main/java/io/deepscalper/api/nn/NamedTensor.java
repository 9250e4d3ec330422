package io.deepscalper.api.nn;

import java.util.Arrays;
import java.util.Objects;

/**
 * An engine-neutral float32 tensor with a name, in row-major order. Used to move parameters between
 * engines, checkpoints and export formats.
 *
 * @param name  parameter name, e.g. {@code trunk.0.weight}
 * @param shape dimensions, e.g. {@code [256, 1323]} for a weight ({@code [out, in]})
 * @param data  row-major values; length is the product of {@code shape}
 */
public record NamedTensor(String name, long[] shape, float[] data) {

    /** Checks that the data length matches the shape. */
    public NamedTensor {
        Objects.requireNonNull(name, "name");
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(name + ": negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " needs " + n
                    + " values but " + data.length + " were given");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedTensor t && name.equals(t.name) && Arrays.equals(shape, t.shape)
                && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
