package io.deepscalper.api.spi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.deepscalper.api.config.InvalidConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Settings of a plug-in ({@link DataSource#configure}, {@link MetricsSink#open}, {@link ModelExporter#configure}):
 * string keys and values, as they come from a JSON config section ({@code {"dir": "/data", "seed": "7"}}) or
 * from repeated CLI options ({@code --source-option dir=/data}). Typed getters convert values and fail with
 * an {@link InvalidConfigException} naming the option and the expected form; {@link #requireOnly} refuses
 * options the provider does not know. Keys are case-sensitive. Immutable; serialized to JSON as a plain object.
 */
public final class ProviderOptions {
    private static final ProviderOptions EMPTY = new ProviderOptions(Map.of());
    private final Map<String, String> values;

    private ProviderOptions(Map<String, String> values) {
        this.values = values;
    }

    /** @return options with no entry */
    public static ProviderOptions empty() {
        return EMPTY;
    }

    /**
     * @param values option values; keys and values must not be null or blank keys
     * @return immutable options holding a copy of {@code values}
     */
    @JsonCreator
    public static ProviderOptions of(Map<String, String> values) {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k == null || k.isBlank()) {
                throw new InvalidConfigException(String.valueOf(k), "option names must not be blank");
            }
            if (v == null) {
                throw new InvalidConfigException(k, "option '" + k + "' has no value");
            }
            copy.put(k.trim(), v.trim());
        });
        return new ProviderOptions(Collections.unmodifiableMap(copy));
    }

    /**
     * Parses {@code key=value} strings, as given on a command line.
     *
     * @throws InvalidConfigException for an entry without {@code =} or with an empty key
     */
    public static ProviderOptions parse(Collection<String> keyValues) {
        TreeMap<String, String> map = new TreeMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new InvalidConfigException(kv, "option '" + kv
                        + "' must have the form key=value, e.g. dir=/data/bars");
            }
            map.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return of(map);
    }

    /** @return a copy with {@code key} set to {@code value} */
    public ProviderOptions with(String key, String value) {
        TreeMap<String, String> map = new TreeMap<>(values);
        map.put(key, value);
        return of(map);
    }

    /** @return the values as an unmodifiable map */
    @JsonValue
    public Map<String, String> asMap() {
        return values;
    }

    /** @return true when no option is set */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** @return the raw value of {@code key} */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @return the value of {@code key}, or {@code fallback} */
    public String getString(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /**
     * @return {@code key} as a filesystem path
     * @throws InvalidConfigException when missing or not a valid path
     */
    public Path getPath(String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new InvalidConfigException(key, "option '" + key
                    + "' is required: give a directory, e.g. " + key + "=/data/bars");
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new InvalidConfigException(key, "option '" + key + "' is not a valid path: " + v);
        }
    }

    /** @return {@code key} as a long, or {@code fallback} when absent */
    public long getLong(String key, long fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "option '" + key + "' must be a whole number but was '"
                    + v + "'");
        }
    }

    /** @return {@code key} as an int, or {@code fallback} when absent */
    public int getInt(String key, int fallback) {
        return getInt(key, fallback, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * @return {@code key} as an int in {@code [min, max]}, or {@code fallback} when absent (the fallback is not checked)
     * @throws InvalidConfigException when the value is not a whole number in the range
     */
    public int getInt(String key, int fallback, int min, int max) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message below, which says what is allowed
        }
        String range = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE ? "" : " in [" + min + ", " + max + "]";
        throw new InvalidConfigException(key, "option '" + key + "' must be a whole number" + range + " but was '"
                + v + "'");
    }

    /** @return {@code key} as a double, or {@code fallback} when absent; NaN and infinities are rejected */
    public double getDouble(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "option '" + key + "' must be a finite number but was '"
                    + v + "'");
        }
    }

    /** @return {@code key} as a boolean ({@code true}/{@code false}), or {@code fallback} when absent */
    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new InvalidConfigException(key, "option '" + key + "' must be true or false but was '"
                + v + "'");
    }

    /** @return {@code key} as an ISO-8601 duration ({@code PT2S}) or milliseconds, or {@code fallback} */
    public Duration getDuration(String key, Duration fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return v.startsWith("P") || v.startsWith("p") ? Duration.parse(v) : Duration.ofMillis(Long.parseLong(v));
        } catch (RuntimeException e) {
            throw new InvalidConfigException(key, "option '" + key
                    + "' must be milliseconds or an ISO-8601 duration such as PT2S but was '" + v + "'");
        }
    }

    /** @return {@code key} as an absolute http(s) URI, or {@code fallback} when absent */
    public URI getUri(String key, URI fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            URI uri = new URI(v);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new URISyntaxException(v, "scheme must be http or https");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidConfigException(key, "option '" + key
                    + "' must be an http(s) URL such as https://query1.finance.yahoo.com but was '" + v + "'");
        }
    }

    /**
     * Fails when an option outside {@code known} is set, so that a typo does not go unnoticed.
     *
     * @param provider the provider's name, for the message
     * @param known    the option names the provider accepts
     * @throws InvalidConfigException naming the first unknown option and listing the known ones
     */
    public void requireOnly(String provider, Set<String> known) {
        for (String k : values.keySet()) {
            if (!known.contains(k)) {
                throw new InvalidConfigException(k, "provider '" + provider + "' has no option '" + k
                        + "'; known options: " + new TreeSet<>(known));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProviderOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return new TreeMap<>(values).toString();
    }
}
