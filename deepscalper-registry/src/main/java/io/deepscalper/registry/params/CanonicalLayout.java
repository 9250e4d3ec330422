package io.deepscalper.registry.params;

import io.deepscalper.core.nn.NamedTensor;
import io.deepscalper.core.nn.NetworkConfig;
import io.deepscalper.core.nn.ParameterSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical parameter names and shapes of a {@link NetworkConfig}, in canonical order:
 * {@code trunk.<i>}, then {@code value.0|1}, {@code price.0|1}, {@code quantity.0|1}, {@code aux.0|1},
 * each {@code weight [out, in]} then {@code bias [out]}.
 */
public final class CanonicalLayout {
    /** The four heads in canonical order, each with two linear layers. */
    public static final List<String> HEADS = List.of("value", "price", "quantity", "aux");

    private CanonicalLayout() {
    }

    /** @return parameter name to shape, in canonical order */
    public static Map<String, long[]> shapes(NetworkConfig c) {
        Map<String, long[]> m = new LinkedHashMap<>();
        int in = c.inputSize();
        for (int i = 0; i < c.trunkSizes().size(); i++) {
            int out = c.trunkSizes().get(i);
            linear(m, "trunk." + i, in, out);
            in = out;
        }
        for (String head : HEADS) {
            int hidden = head.equals("aux") ? c.auxHidden() : c.headHidden();
            linear(m, head + ".0", in, hidden);
            linear(m, head + ".1", hidden, outputs(c, head));
        }
        return m;
    }

    /** @return the output width of a head: 1 for value and aux, the bin counts for price and quantity */
    public static int outputs(NetworkConfig c, String head) {
        return switch (head) {
            case "price" -> c.priceBins();
            case "quantity" -> c.quantityBins();
            case "value", "aux" -> 1;
            default -> throw new IllegalArgumentException("unknown head " + head + "; heads are " + HEADS);
        };
    }

    /**
     * Checks that {@code p} has exactly the names and shapes {@code c} needs.
     *
     * @throws IllegalArgumentException naming the first missing, extra or mis-shaped parameter
     */
    public static void check(NetworkConfig c, ParameterSet p) {
        Map<String, long[]> want = shapes(c);
        for (Map.Entry<String, long[]> e : want.entrySet()) {
            if (!p.contains(e.getKey())) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " is missing; a network " + c
                        + " needs " + want.keySet());
            }
            NamedTensor t = p.get(e.getKey());
            if (!Arrays.equals(t.shape(), e.getValue())) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " has shape "
                        + Arrays.toString(t.shape()) + " but the network config needs " + Arrays.toString(e.getValue()));
            }
            for (float v : t.data()) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("parameter " + e.getKey() + " holds a non-finite value (" + v
                            + "); refusing to store or export a diverged model");
                }
            }
        }
        for (String name : p.names()) {
            if (!want.containsKey(name)) {
                throw new IllegalArgumentException("unexpected parameter " + name + "; a network " + c + " has only "
                        + want.keySet());
            }
        }
    }

    private static void linear(Map<String, long[]> m, String prefix, int in, int out) {
        m.put(prefix + ".weight", new long[] {out, in});
        m.put(prefix + ".bias", new long[] {out});
    }
}
