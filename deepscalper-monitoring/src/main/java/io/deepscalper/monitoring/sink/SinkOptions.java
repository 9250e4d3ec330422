package io.deepscalper.monitoring.sink;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a sink's options, rejecting unknown keys and malformed values with the sink's name in the message. */
final class SinkOptions {
    private final String sink;
    private final Map<String, String> options;

    SinkOptions(String sink, Map<String, String> options, Set<String> known) {
        this.sink = sink;
        this.options = options == null ? Map.of() : options;
        for (String k : this.options.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option '" + k + "' for metrics sink '" + sink
                        + "'; known options: " + new TreeSet<>(known));
            }
        }
    }

    String string(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    int integer(String key, int fallback, int min, int max) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metrics sink '" + sink + "' option " + key + "=" + v
                    + " is not an integer in [" + min + ", " + max + "]");
        }
    }
}
