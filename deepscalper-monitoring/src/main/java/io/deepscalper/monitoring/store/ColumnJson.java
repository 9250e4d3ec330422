package io.deepscalper.monitoring.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import java.util.List;
import java.util.Map;

/** The JSON used in the store's text columns. Non-finite numbers are written as the strings "NaN"/"Infinity". */
final class ColumnJson {
    static final ObjectMapper MAPPER = Json.mapper();
    static final TypeReference<Map<String, Double>> DOUBLES = new TypeReference<>() {
    };
    static final TypeReference<Map<String, Map<String, Double>>> NESTED_DOUBLES = new TypeReference<>() {
    };
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private ColumnJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write metrics value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON in metrics database: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON in metrics database: " + e.getOriginalMessage(), e);
        }
    }
}
