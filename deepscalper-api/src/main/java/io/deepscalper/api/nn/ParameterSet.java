package io.deepscalper.api.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An ordered, immutable snapshot of a network's parameters, keyed by the names documented on
 * {@link NetworkConfig}. This is what checkpoints, the registry and the exporters exchange, so no
 * module outside the engine implementation needs to know the engine.
 */
public final class ParameterSet {
    private final Map<String, NamedTensor> tensors;

    /** @param tensors the parameters in their canonical order; names must be unique */
    public ParameterSet(List<NamedTensor> tensors) {
        Map<String, NamedTensor> map = new LinkedHashMap<>();
        for (NamedTensor t : tensors) {
            if (map.put(t.name(), t) != null) {
                throw new IllegalArgumentException("duplicate parameter name " + t.name());
            }
        }
        this.tensors = Collections.unmodifiableMap(map);
    }

    /** @return the parameters in canonical order */
    public List<NamedTensor> tensors() {
        return new ArrayList<>(tensors.values());
    }

    /** @return the parameter names in canonical order */
    public List<String> names() {
        return new ArrayList<>(tensors.keySet());
    }

    /** @return the tensor called {@code name} */
    public NamedTensor get(String name) {
        NamedTensor t = tensors.get(name);
        if (t == null) {
            throw new NoSuchElementException("no parameter '" + name + "'; have " + tensors.keySet());
        }
        return t;
    }

    /** @return true when a parameter called {@code name} exists */
    public boolean contains(String name) {
        return tensors.containsKey(name);
    }

    /** @return the number of tensors */
    public int size() {
        return tensors.size();
    }

    /** @return the total number of scalars */
    public long scalarCount() {
        long n = 0;
        for (NamedTensor t : tensors.values()) {
            n += t.data().length;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet p && tensors.equals(p.tensors);
    }

    @Override
    public int hashCode() {
        return tensors.hashCode();
    }

    @Override
    public String toString() {
        return "ParameterSet" + tensors.values();
    }
}
