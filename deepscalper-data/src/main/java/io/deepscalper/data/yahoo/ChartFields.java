package io.deepscalper.data.yahoo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed, path-naming access to the fields of one chart body: every read either returns a value of the
 * expected type or throws {@link MalformedChartException} naming the field, so that no malformed body
 * surfaces as a generic runtime exception or as a silently shifted value.
 */
final class ChartFields {
    /**
     * Bar and event times must lie in [1970-01-01, 2200-01-01): earlier or later stamps are not market
     * data (a stamp in milliseconds, for instance, lands tens of thousands of years ahead), and
     * {@code java.time} throws on the far ends of the long range.
     */
    static final long MIN_EPOCH_SECOND = 0L;
    /** 2200-01-01T00:00:00Z. */
    static final long MAX_EPOCH_SECOND = 7_258_118_400L;

    private final String symbol;

    ChartFields(String symbol) {
        this.symbol = symbol;
    }

    MalformedChartException malformed(String path, String reason) {
        return new MalformedChartException(symbol, path, reason);
    }

    /** @return the object at {@code path}; absent or {@code null} only when {@code optional} */
    JsonNode object(JsonNode node, String path, boolean optional) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (optional) {
                return null;
            }
            throw malformed(path, "the field is missing");
        }
        if (!node.isObject()) {
            throw malformed(path, "expected an object but found " + describe(node));
        }
        return node;
    }

    /** @return the array at {@code path}, or null when absent or {@code null} */
    JsonNode optionalArray(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isArray()) {
            throw malformed(path, "expected an array but found " + describe(node));
        }
        return node;
    }

    /** @return the text at {@code path}, which must be present */
    String text(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw malformed(path, "the field is missing");
        }
        if (!node.isTextual()) {
            throw malformed(path, "expected a string but found " + describe(node));
        }
        return node.asText();
    }

    /** @return the epoch second at {@code path}: a whole number inside the supported range */
    long epochSecond(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw malformed(path, "the time is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw malformed(path, "expected whole epoch seconds but found " + describe(node));
        }
        long t = node.asLong();
        if (t < MIN_EPOCH_SECOND || t >= MAX_EPOCH_SECOND) {
            throw malformed(path, "epoch second " + t + " is outside [1970-01-01, 2200-01-01)"
                    + (t >= MAX_EPOCH_SECOND * 100 ? " (it looks like milliseconds)" : ""));
        }
        return t;
    }

    /** @return the number at {@code path}, NaN for {@code null} (Yahoo's "no trade" marker) */
    double numberOrNull(JsonNode node, String path) {
        if (node == null || node.isMissingNode()) {
            throw malformed(path, "the value is missing");
        }
        if (node.isNull()) {
            return Double.NaN;
        }
        if (!node.isNumber()) {
            throw malformed(path, "expected a number or null but found " + describe(node));
        }
        return node.asDouble();
    }

    /** @return the number at {@code path}, which must be present and finite */
    double finiteNumber(JsonNode node, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw malformed(path, "the number is missing");
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw malformed(path, "expected a finite number but found " + describe(node));
        }
        return node.asDouble();
    }

    static String describe(JsonNode node) {
        String text = node.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
    }
}
