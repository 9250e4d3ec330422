package io.deepscalper.api.config;

import java.util.Collection;

/**
 * The checks behind every config record and provider option. Each check passes silently or throws an
 * {@link InvalidConfigException} whose message reads {@code <key> must be <rule> but was <value>}, e.g.
 * {@code train.batchSize must be >= 1 but was 0}, so that every refusal in the project reads alike.
 *
 * <p>Keys are dotted paths as in {@code config.json} ({@code env.lookback}, {@code continuous.maxVersions});
 * records that are not a {@code config.json} section use their own short prefix ({@code drift.psiBins}).
 * Checks return the value they checked, so that a constructor can check and assign in one expression.
 */
public final class ConfigChecks {
    private ConfigChecks() {
    }

    /** @throws InvalidConfigException unless {@code value} is finite and {@code > 0} */
    public static double positive(String key, double value) {
        return require(Double.isFinite(value) && value > 0, key, value, "finite and > 0");
    }

    /** @throws InvalidConfigException unless {@code value > 0} */
    public static long positive(String key, long value) {
        return atLeast(key, value, 1);
    }

    /** @throws InvalidConfigException unless {@code value} is finite and {@code >= 0} */
    public static double nonNegative(String key, double value) {
        return require(Double.isFinite(value) && value >= 0, key, value, "finite and >= 0");
    }

    /** @throws InvalidConfigException unless {@code value} is a finite number */
    public static double finite(String key, double value) {
        return require(Double.isFinite(value), key, value, "finite");
    }

    /** @throws InvalidConfigException unless {@code value >= min} */
    public static long atLeast(String key, long value, long min) {
        return require(value >= min, key, value, ">= " + min);
    }

    /** @throws InvalidConfigException unless {@code lo <= value <= hi} */
    public static long inRange(String key, long value, long lo, long hi) {
        return require(value >= lo && value <= hi, key, value, "in [" + lo + ", " + hi + "]");
    }

    /** @throws InvalidConfigException unless {@code lo <= value <= hi}; NaN is refused */
    public static double inRange(String key, double value, double lo, double hi) {
        return inRange(key, value, Interval.closed(lo, hi));
    }

    /** @throws InvalidConfigException unless {@code allowed} contains {@code value}; NaN is refused */
    public static double inRange(String key, double value, Interval allowed) {
        return require(allowed.contains(value), key, value, "in " + allowed);
    }

    /** @throws InvalidConfigException when {@code value} is null, blank or only white space */
    public static String nonBlank(String key, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(key, value == null ? null : "'" + value + "'", "a non-blank text");
        }
        return value;
    }

    /**
     * @param allowed what may be given instead, for the message, e.g. {@code FUTURE or PAST}
     * @throws InvalidConfigException when {@code value} is null
     */
    public static <T> T notNull(String key, T value, String allowed) {
        if (value == null) {
            throw invalid(key, null, allowed);
        }
        return value;
    }

    /** @throws InvalidConfigException unless {@code allowed} contains {@code value} */
    public static <T> T oneOf(String key, T value, Collection<? extends T> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw invalid(key, value instanceof String s ? "'" + s + "'" : value, "one of " + allowed);
        }
        return value;
    }

    /**
     * The check for a rule the others do not cover (an odd count, a bound that depends on another field).
     *
     * @param ok    whether the value is allowed
     * @param rule  what is allowed, completing "must be ...", e.g. {@code odd, so that the middle bin means no order}
     * @return {@code value}
     * @throws InvalidConfigException when {@code ok} is false
     */
    public static <T> T require(boolean ok, String key, T value, String rule) {
        if (!ok) {
            throw invalid(key, value, rule);
        }
        return value;
    }

    /** @throws InvalidConfigException when {@code ok} is false, with {@code value} as a plain number */
    public static double require(boolean ok, String key, double value, String rule) {
        if (!ok) {
            throw invalid(key, value, rule);
        }
        return value;
    }

    /** @throws InvalidConfigException when {@code ok} is false */
    public static long require(boolean ok, String key, long value, String rule) {
        if (!ok) {
            throw invalid(key, value, rule);
        }
        return value;
    }

    /**
     * @param rule what is allowed, completing "must be ..."
     * @return the exception, for callers that throw it themselves
     */
    public static InvalidConfigException invalid(String key, Object value, String rule) {
        return new InvalidConfigException(key, key + " must be " + rule + " but was " + value);
    }

    /** Prints whole numbers without a fraction ({@code 1}, not {@code 1.0}), as people write ranges. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
