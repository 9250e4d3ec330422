package io.deepscalper.registry.params;

import io.deepscalper.api.nn.NamedTensor;
import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterLayout;
import io.deepscalper.api.nn.ParameterSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical (PyTorch-order) parameter names and shapes of a {@link NetworkConfig}, taken from core's
 * {@link ParameterLayout}, and the checks the registry applies before storing or exporting parameters.
 */
public final class CanonicalLayout {
    private CanonicalLayout() {
    }

    /** @return parameter name to shape, in canonical order */
    public static Map<String, long[]> shapes(NetworkConfig c) {
        ParameterLayout layout = new ParameterLayout(c);
        Map<String, long[]> m = new LinkedHashMap<>();
        for (String name : layout.canonicalNames()) {
            m.put(name, layout.slot(name).shape());
        }
        return m;
    }

    /**
     * Checks that {@code p} has exactly the names and shapes {@code c} needs, and only finite values.
     *
     * @throws IllegalArgumentException naming the first missing, extra, mis-shaped or non-finite parameter
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

    /** @return the parameters reordered into canonical order (exports list them in this order) */
    public static ParameterSet canonicalOrder(NetworkConfig c, ParameterSet p) {
        return new ParameterSet(shapes(c).keySet().stream().map(p::get).toList());
    }
}
