package io.deepscalper.api.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
 *   <tr><td>{@link #timeMapper()}</td>
 *       <td>command files; {@code state.json} and {@code run.json} through its default pretty printer</td></tr>
 *   <tr><td>{@link #prettyTimeMapper()}</td><td>the CLI's JSON output</td></tr>
 *   <tr><td>{@link #strictPrettyTimeMapper()}</td><td>the working directory's {@code config.json}</td></tr>
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

    /** @return {@link #timeMapper()} with indented output, for files and output people read */
    public static ObjectMapper prettyTimeMapper() {
        return timeBuilder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * @return {@link #prettyTimeMapper()} that states explicitly that an unknown property fails the read,
     *         for configuration, where a misspelt key must not be ignored
     */
    public static ObjectMapper strictPrettyTimeMapper() {
        return timeBuilder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
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
