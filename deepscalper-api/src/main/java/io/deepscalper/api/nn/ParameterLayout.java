package io.deepscalper.api.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every parameter of a {@link NetworkConfig} lives inside one flat float32 buffer.
 *
 * <p>The flat order is chosen for speed, not for readability: the first layers of the value,
 * price, quantity and aux heads all read the trunk output, so their weights (and their biases)
 * are stored back to back and form one {@code [3 x headHidden + auxHidden, trunk]} matrix. An
 * engine can then run the four head inputs as one matrix product, and optimisers, target updates
 * and norms can work on the whole buffer in one operation. {@link #canonicalNames()} gives the
 * documented PyTorch order used by every export and by {@link ParameterSet}.
 */
public final class ParameterLayout {
    /** Location of one named parameter in the flat buffer. */
    public record Slot(String name, long[] shape, int offset, int length) {
    }

    /** A run of the flat buffer that an engine treats as one tensor (e.g. the fused head input layer). */
    public record Block(String name, long[] shape, int offset, int length) {
    }

    private final NetworkConfig config;
    private final Map<String, Slot> slots;
    private final List<Block> blocks;
    private final int size;

    /** @param config network shape */
    public ParameterLayout(NetworkConfig config) {
        this.config = config;
        Map<String, Slot> s = new LinkedHashMap<>();
        List<Block> b = new ArrayList<>();
        int off = 0;
        int in = config.inputSize();
        List<Integer> trunk = config.trunkSizes();
        for (int i = 0; i < trunk.size(); i++) {
            int out = trunk.get(i);
            off = add(s, b, "trunk." + i + ".weight", new long[] {out, in}, off);
            off = add(s, b, "trunk." + i + ".bias", new long[] {out}, off);
            in = out;
        }
        int t = in;
        int h = config.headHidden();
        int a = config.auxHidden();
        int fused = 3 * h + a;
        int wStart = off;
        off = sub(s, "value.0.weight", new long[] {h, t}, off);
        off = sub(s, "price.0.weight", new long[] {h, t}, off);
        off = sub(s, "quantity.0.weight", new long[] {h, t}, off);
        off = sub(s, "aux.0.weight", new long[] {a, t}, off);
        b.add(new Block("heads.0.weight", new long[] {fused, t}, wStart, off - wStart));
        int bStart = off;
        off = sub(s, "value.0.bias", new long[] {h}, off);
        off = sub(s, "price.0.bias", new long[] {h}, off);
        off = sub(s, "quantity.0.bias", new long[] {h}, off);
        off = sub(s, "aux.0.bias", new long[] {a}, off);
        b.add(new Block("heads.0.bias", new long[] {fused}, bStart, off - bStart));
        off = add(s, b, "value.1.weight", new long[] {1, h}, off);
        off = add(s, b, "value.1.bias", new long[] {1}, off);
        off = add(s, b, "price.1.weight", new long[] {config.priceBins(), h}, off);
        off = add(s, b, "price.1.bias", new long[] {config.priceBins()}, off);
        off = add(s, b, "quantity.1.weight", new long[] {config.quantityBins(), h}, off);
        off = add(s, b, "quantity.1.bias", new long[] {config.quantityBins()}, off);
        off = add(s, b, "aux.1.weight", new long[] {1, a}, off);
        off = add(s, b, "aux.1.bias", new long[] {1}, off);
        this.slots = Collections.unmodifiableMap(s);
        this.blocks = List.copyOf(b);
        this.size = off;
    }

    private static int add(Map<String, Slot> s, List<Block> b, String name, long[] shape, int off) {
        int len = sub(s, name, shape, off) - off;
        b.add(new Block(name, shape, off, len));
        return off + len;
    }

    private static int sub(Map<String, Slot> s, String name, long[] shape, int off) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        s.put(name, new Slot(name, shape, off, Math.toIntExact(n)));
        return Math.toIntExact(off + n);
    }

    /** @return the network shape */
    public NetworkConfig config() {
        return config;
    }

    /** @return total scalars in the flat buffer */
    public int size() {
        return size;
    }

    /** @return the engine blocks in flat order; they tile the buffer without gaps */
    public List<Block> blocks() {
        return blocks;
    }

    /** @return the slot of the parameter called {@code name} */
    public Slot slot(String name) {
        Slot s = slots.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + slots.keySet());
        }
        return s;
    }

    /**
     * The documented PyTorch order: trunk layers, then value, price, quantity and aux heads, each
     * {@code .0.weight, .0.bias, .1.weight, .1.bias}.
     *
     * @return parameter names in canonical order
     */
    public List<String> canonicalNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < config.trunkSizes().size(); i++) {
            names.add("trunk." + i + ".weight");
            names.add("trunk." + i + ".bias");
        }
        for (String head : List.of("value", "price", "quantity", "aux")) {
            for (int l = 0; l < 2; l++) {
                names.add(head + "." + l + ".weight");
                names.add(head + "." + l + ".bias");
            }
        }
        return names;
    }

    /**
     * Copies a flat buffer into a {@link ParameterSet} in canonical order.
     *
     * @param flat values in flat order, length {@link #size()}
     * @return the named tensors
     */
    public ParameterSet toParameterSet(float[] flat) {
        if (flat.length != size) {
            throw new IllegalArgumentException("flat buffer has " + flat.length + " values, layout needs " + size);
        }
        List<NamedTensor> tensors = new ArrayList<>();
        for (String name : canonicalNames()) {
            Slot s = slots.get(name);
            float[] data = new float[s.length()];
            System.arraycopy(flat, s.offset(), data, 0, s.length());
            tensors.add(new NamedTensor(name, s.shape().clone(), data));
        }
        return new ParameterSet(tensors);
    }

    /**
     * Checks names and shapes and copies a {@link ParameterSet} into a flat buffer.
     *
     * @param parameters named tensors matching {@link #config()}
     * @return values in flat order
     * @throws IllegalArgumentException naming the first missing, extra or mis-shaped parameter
     */
    public float[] toFlat(ParameterSet parameters) {
        float[] flat = new float[size];
        for (String name : parameters.names()) {
            if (!slots.containsKey(name)) {
                throw new IllegalArgumentException("unexpected parameter '" + name + "' for network " + config
                        + "; expected " + canonicalNames());
            }
        }
        for (String name : canonicalNames()) {
            if (!parameters.contains(name)) {
                throw new IllegalArgumentException("parameter '" + name + "' is missing; a network " + config
                        + " needs " + canonicalNames());
            }
            NamedTensor t = parameters.get(name);
            Slot s = slots.get(name);
            if (!java.util.Arrays.equals(t.shape(), s.shape())) {
                throw new IllegalArgumentException("parameter '" + name + "' has shape "
                        + java.util.Arrays.toString(t.shape()) + " but the network " + config + " needs "
                        + java.util.Arrays.toString(s.shape()));
            }
            System.arraycopy(t.data(), 0, flat, s.offset(), s.length());
        }
        return flat;
    }
}
