package io.deepscalper.api.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The project's Jackson configurations, one named method per configuration in use, so that every file
 * of one kind is read and written the same way. Each call returns a new mapper: callers keep it in a
 * field and may not share a configured instance by accident.
 *
 * <table>
 *   <caption>Which mapper writes what</caption>
 *   <tr><th>method</th><th>used for</th></tr>
 *   <tr><td>{@link #mapper()}</td>
 *       <td>checkpoints, parameter files, reports, metrics columns, provider responses</td></tr>
 *   <tr><td>{@link #timeMapper()}</td><td>compact, lenient java.time JSON (no file of the project's own)</td></tr>
 *   <tr><td>{@link #strictTimeMapper()}</td>
 *       <td>command files; {@code state.json} and {@code run.json} through its default pretty printer</td></tr>
 *   <tr><td>{@link #prettyTimeMapper()}</td><td>the CLI's JSON output</td></tr>
 *   <tr><td>{@link #strictPrettyTimeMapper()}</td><td>the working directory's {@code config.json}</td></tr>
 *   <tr><td>{@link #strictMapper()}</td><td>provider responses that are checked field by field (Yahoo)</td></tr>
 *   <tr><td>{@link #archiveMapper()}</td><td>the registry's {@code registry.json} and {@code metadata.json}</td></tr>
 * </table>
 */
public final class Json {
    private Json() {
    }

    /** @return a mapper with Jackson's defaults (no java.time support; unknown properties fail) */
    public static ObjectMapper mapper() {
        return JsonMapper.builder().build();
    }

    /**
     * @return a mapper writing {@code java.time} values as ISO-8601 strings (not numeric timestamps),
     *         otherwise with Jackson's defaults, in compact form
     */
    public static ObjectMapper timeMapper() {
        return timeBuilder().build();
    }

    /**
     * @return {@link #timeMapper()} with the strict reading of {@link #strict(JsonMapper.Builder)}, for the
     *         state files a trainer writes and reads back: a damaged or hand-edited file is refused rather
     *         than half-read
     */
    public static ObjectMapper strictTimeMapper() {
        return strict(timeBuilder()).build();
    }

    /** @return {@link #timeMapper()} with indented output, for files and output people read */
    public static ObjectMapper prettyTimeMapper() {
        return timeBuilder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * @return {@link #prettyTimeMapper()} made strict for configuration, where a mistake must be refused
     *         rather than guessed at (see {@link #strict(JsonMapper.Builder)} for what is refused)
     */
    public static ObjectMapper strictPrettyTimeMapper() {
        return strict(timeBuilder().enable(SerializationFeature.INDENT_OUTPUT)).build();
    }

    /** @return {@link #mapper()} with the strict reading of {@link #strict(JsonMapper.Builder)} */
    public static ObjectMapper strictMapper() {
        return strict(JsonMapper.builder()).build();
    }

    /**
     * Makes a builder refuse, instead of silently accepting: an unknown property; content after the
     * top-level value ({@code {...} garbage}); a key that appears twice in one object (the last one
     * would win unnoticed); {@code null} for a primitive ({@code "feeRate": null} would become 0.0); a
     * fraction for an integer ({@code 2.5} would become 2); and any scalar coercion: a string for a
     * number or boolean ({@code "64"}), a number for a boolean or string, an empty string for a value.
     * An integer for a floating-point field ({@code 1} for {@code 1.0}) stays allowed: it loses nothing.
     */
    private static JsonMapper.Builder strict(JsonMapper.Builder b) {
        b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        b.withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            b.withCoercionConfig(t, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
        b.withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        b.withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        b.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        return b;
    }

    /**
     * @return a mapper for long-lived documents that other library versions read: ISO-8601 times, indented,
     *         map entries sorted by key (stable files, readable diffs), and unknown properties ignored so that
     *         fields added by a newer version do not break an older reader
     */
    public static ObjectMapper archiveMapper() {
        return timeBuilder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private static JsonMapper.Builder timeBuilder() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
