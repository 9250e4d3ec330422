package io.deepscalper.tuning.space;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.deepscalper.api.config.InvalidConfigException;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * One searched setting. Samplers work in an internal, unbounded-free coordinate: the value itself for
 * {@link Kind#UNIFORM} and {@link Kind#INT}, its natural logarithm for {@link Kind#LOG_UNIFORM} (so that a
 * learning rate is searched by orders of magnitude), and the index for {@link Kind#CHOICE}.
 *
 * @param name    the field, {@code env.<field>} or {@code train.<field>}
 * @param kind    the distribution
 * @param low     lowest value (numeric kinds; inclusive)
 * @param high    highest value (numeric kinds; inclusive)
 * @param choices the values of a {@link Kind#CHOICE} (any JSON, e.g. {@code [32, 32]}); empty otherwise
 */
public record ParamSpec(String name, Kind kind, double low, double high, List<JsonNode> choices) {

    /** The distributions a parameter may have. */
    public enum Kind {
        /** uniform over {@code [low, high]} */
        UNIFORM,
        /** log-uniform over {@code [low, high]}, {@code low > 0} */
        LOG_UNIFORM,
        /** uniform over the integers {@code low..high} */
        INT,
        /** one of a list of values, equally likely */
        CHOICE
    }

    /** Validates the range for the kind, with the parameter's name in every message. */
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
        String key = "space." + name;
        if (kind == Kind.CHOICE) {
            if (choices.isEmpty()) {
                throw new InvalidConfigException(key, key + ": a choice needs a non-empty \"values\" array");
            }
        } else {
            if (!Double.isFinite(low) || !Double.isFinite(high)) {
                throw new InvalidConfigException(key, key + ": low and high must be finite numbers (got " + low + ", "
                        + high + ")");
            }
            if (!(low < high)) {
                throw new InvalidConfigException(key, key + ": low must be below high (got low " + low + ", high " + high
                        + ")");
            }
            if (kind == Kind.LOG_UNIFORM && low <= 0) {
                throw new InvalidConfigException(key, key + ": a log-uniform range needs low > 0 (got " + low + ")");
            }
            if (kind == Kind.INT && (low != Math.rint(low) || high != Math.rint(high))) {
                throw new InvalidConfigException(key, key + ": an integer range needs whole low and high (got " + low
                        + ", " + high + ")");
            }
        }
    }

    /** @return the lowest internal coordinate */
    public double internalLow() {
        return switch (kind) {
            case UNIFORM -> low;
            case LOG_UNIFORM -> Math.log(low);
            // half a step beyond each end, so that rounding gives every integer the same width
            case INT -> low - 0.5;
            case CHOICE -> 0;
        };
    }

    /** @return the highest internal coordinate (exclusive for {@link Kind#CHOICE}: the number of values) */
    public double internalHigh() {
        return switch (kind) {
            case UNIFORM -> high;
            case LOG_UNIFORM -> Math.log(high);
            case INT -> high + 0.5;
            case CHOICE -> choices.size();
        };
    }

    /** @return a value drawn from the prior (the distribution itself), as an internal coordinate */
    public double sampleInternal(Random rng) {
        if (kind == Kind.CHOICE) {
            return rng.nextInt(choices.size());
        }
        double x = internalLow() + rng.nextDouble() * (internalHigh() - internalLow());
        return kind == Kind.INT ? Math.rint(Math.min(Math.max(x, low), high)) : x;
    }

    /** @return the setting's value at internal coordinate {@code x}, clamped into the range */
    public JsonNode toValue(double x) {
        return switch (kind) {
            case UNIFORM -> DoubleNode.valueOf(clamp(x, low, high));
            case LOG_UNIFORM -> DoubleNode.valueOf(clamp(Math.exp(x), low, high));
            case INT -> LongNode.valueOf((long) clamp(Math.rint(x), low, high));
            case CHOICE -> choices.get((int) clamp(Math.floor(x), 0, choices.size() - 1));
        };
    }

    /**
     * @return the internal coordinate of {@code value}
     * @throws IllegalArgumentException when a choice does not list {@code value}
     */
    public double toInternal(JsonNode value) {
        return switch (kind) {
            case UNIFORM, INT -> value.asDouble();
            case LOG_UNIFORM -> Math.log(value.asDouble());
            case CHOICE -> {
                int i = choices.indexOf(value);
                if (i < 0) {
                    throw new IllegalArgumentException(name + ": " + value + " is not one of " + choices);
                }
                yield i;
            }
        };
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
