package io.deepscalper.cli.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.config.InvalidConfigException;
import java.util.Iterator;
import java.util.Map;

/**
 * Key paths ({@code env.feeRate}, {@code gate.criteria[1].metric}) for config errors, so that every
 * refusal says which key is wrong rather than only which file.
 */
final class ConfigKeys {
    private ConfigKeys() {
    }

    /**
     * @return the key path a Jackson binding error points at, {@code section.key[...]}, or {@code section}
     *     when the error carries no path
     */
    static String ofMappingError(Throwable e, String section) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                StringBuilder b = new StringBuilder(section);
                for (JsonMappingException.Reference r : m.getPath()) {
                    if (r.getFieldName() != null) {
                        b.append('.').append(r.getFieldName());
                    } else if (r.getIndex() >= 0) {
                        b.append('[').append(r.getIndex()).append(']');
                    }
                }
                return b.toString();
            }
        }
        return section;
    }

    /**
     * @return the key path where a syntax error (a duplicate key, trailing content, a broken token) was
     *     found, or {@code fallback} at the top level
     */
    static String ofParseError(JsonProcessingException e, String fallback) {
        if (!(e.getProcessor() instanceof JsonParser p)) {
            return fallback;
        }
        StringBuilder b = new StringBuilder();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            String part;
            if (c.inObject()) {
                part = c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            } else {
                part = "[" + Math.max(0, c.getCurrentIndex()) + "]";
            }
            b.insert(0, part);
        }
        String path = b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
        return path.isEmpty() ? fallback : path;
    }

    /**
     * Refuses {@code null} for every key whose default is a value: Jackson would turn it into 0, false or
     * the default, so that {@code "feeRate": null} silently became a fee of 0. A key whose default is
     * itself {@code null} (an optional setting such as {@code env.maxVolumeFraction}) may be null, and so
     * may the optional fields of objects inside lists (a gate criterion's {@code threshold}); a null list
     * element is refused.
     *
     * @param defaults the defaults at the same place, or null where there are none to compare with
     * @param prefix   the key path of {@code node} ("" for the root)
     * @param where    the file or command, for the message
     */
    static void refuseNulls(JsonNode node, JsonNode defaults, String prefix, String where) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                JsonNode fallback = defaults == null ? null : defaults.get(e.getKey());
                if (e.getValue().isNull()) {
                    if (defaults != null && (fallback == null || !fallback.isNull())) {
                        throw new InvalidConfigException(key, where + ": " + key + " is null; give a value, or remove"
                                + " the key to use its default");
                    }
                    continue;
                }
                refuseNulls(e.getValue(), fallback, key, where);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String key = prefix + "[" + i + "]";
                if (node.get(i).isNull()) {
                    throw new InvalidConfigException(key, where + ": " + key + " is null; give a value");
                }
                refuseNulls(node.get(i), null, key, where);
            }
        }
    }
}
