package io.deepscalper.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.io.Json;
import io.deepscalper.continuous.wiring.AgentSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The working directory's {@code config.json}: one JSON object with a section per config record
 * ({@link Sections#ALL}). Absent sections and keys take their defaults. Every change goes through the
 * section's record constructor, so an invalid value is refused with the record's own message and
 * the file is left as it was; writes are atomic.
 *
 * <p>Reading is strict ({@link Json#strictPrettyTimeMapper()}): trailing content after the object, a
 * key given twice, {@code null} for any key, a fraction for a whole number and a string for a number or
 * boolean are all refused, and every refusal names the key path ({@code env.feeRate}), see
 * {@link ConfigKeys}.
 */
public final class WorkdirConfig {
    /** File name inside the working directory. */
    public static final String FILE = "config.json";
    static final ObjectMapper JSON = Json.strictPrettyTimeMapper();

    private final ObjectNode tree;

    private WorkdirConfig(ObjectNode tree) {
        this.tree = tree;
    }

    /** @return the defaults of every section */
    public static WorkdirConfig defaults() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (ConfigSection<?> s : Sections.ALL) {
            root.set(s.name(), JSON.valueToTree(s.defaults().get()));
        }
        return new WorkdirConfig(root);
    }

    /**
     * Reads {@code config.json} from {@code workdir}, or the defaults when it does not exist. Absent
     * sections and keys are filled with defaults; every section is validated.
     *
     * @throws InvalidConfigException naming the file and the section when it is invalid
     */
    public static WorkdirConfig load(Path workdir) {
        Path f = workdir.resolve(FILE);
        if (!Files.exists(f)) {
            return defaults();
        }
        JsonNode read;
        try {
            read = JSON.readTree(f.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String key = ConfigKeys.ofParseError(e, FILE);
            throw new InvalidConfigException(key, f + " is not valid JSON" + (key.equals(FILE) ? "" : " at " + key)
                    + " (" + e.getOriginalMessage() + "); fix it or run 'deepscalper config --reset'");
        } catch (IOException e) {
            throw new InvalidConfigException(FILE, f + " cannot be read (" + e.getMessage()
                    + "); fix it or run 'deepscalper config --reset'");
        }
        if (!(read instanceof ObjectNode obj)) {
            throw new InvalidConfigException(FILE, f + " must hold a JSON object with the sections "
                    + Sections.names() + "; run 'deepscalper config --reset'");
        }
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (Sections.find(name) == null) {
                throw new InvalidConfigException(name, f + ": unknown section '" + name + "'; known sections: "
                        + Sections.names());
            }
        }
        ObjectNode merged = defaults().tree.deepCopy();
        ConfigKeys.refuseNulls(obj, merged, "", f.toString());
        for (ConfigSection<?> s : Sections.ALL) {
            if (obj.has(s.name())) {
                JsonNode given = obj.get(s.name());
                if (given instanceof ObjectNode keys) {
                    // a key the file leaves out takes the default 'config' shows, not the record's own default
                    ObjectNode full = ((ObjectNode) merged.get(s.name())).deepCopy();
                    full.setAll(keys);
                    given = full;
                }
                ObjectNode section = bind(s, given, f.toString());
                merged.set(s.name(), section);
            }
        }
        return new WorkdirConfig(merged);
    }

    /**
     * Writes {@code config.json} atomically, after checking every name against what exists (see
     * {@link ConfigNames}): the data source, the performance metric and the gate's criterion metrics.
     *
     * @throws InvalidConfigException when a name names nothing that exists (nothing is written)
     */
    public void save(Path workdir) {
        ConfigNames.check(this);
        try {
            AtomicFiles.write(workdir.resolve(FILE), JSON.writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the config", e);
        }
    }

    /** @return the section's validated record */
    public <T> T section(ConfigSection<T> section) {
        try {
            return JSON.treeToValue(tree.get(section.name()), section.type());
        } catch (IOException e) {
            throw new InvalidConfigException(section.name(), "config section '" + section.name() + "': " + rootMessage(e));
        }
    }

    /** @return the typed settings of the sections the trainer needs, for {@link AgentSetup} users */
    public AgentSetup agentSetup() {
        return new AgentSetup(section(Sections.CONTINUOUS), section(Sections.ENV), section(Sections.TRAIN),
                section(Sections.HEALTH), section(Sections.GATE), tree(), section(Sections.METRICS));
    }

    /** @return the whole config as JSON (a copy), as stored in each model version's metadata */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    /** @return a copy with {@code section} replaced by {@code value} */
    public <T> WorkdirConfig with(ConfigSection<T> section, T value) {
        ObjectNode copy = tree.deepCopy();
        copy.set(section.name(), JSON.valueToTree(value));
        return new WorkdirConfig(copy);
    }

    /**
     * Sets one value, written {@code section.key=value} (e.g. {@code continuous.retrainIntervalHours=6}).
     * Numbers, booleans, strings and comma-separated lists are parsed by the key's current type.
     *
     * @return a copy holding the new value, validated
     * @throws InvalidConfigException saying which part was wrong and what is allowed
     */
    public WorkdirConfig set(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new InvalidConfigException(assignment, "'" + assignment + "' must have the form section.key=value, e.g. "
                    + "continuous.retrainIntervalHours=6");
        }
        String key = assignment.substring(0, eq).trim();
        String value = assignment.substring(eq + 1).trim();
        int dot = key.indexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            throw new InvalidConfigException(key, "key '" + key + "' must name a section and a key, e.g. "
                    + "continuous.maxVersions; sections: " + Sections.names());
        }
        ConfigSection<?> section = Sections.find(key.substring(0, dot));
        if (section == null) {
            throw new InvalidConfigException(key, "unknown config section '" + key.substring(0, dot)
                    + "'; known sections: " + Sections.names());
        }
        String field = key.substring(dot + 1);
        ObjectNode copy = tree.deepCopy();
        ObjectNode sectionNode = (ObjectNode) copy.get(section.name());
        // a nested key (metrics.prometheus.port) walks down the objects of the section
        ObjectNode node = sectionNode;
        String[] path = field.split("\\.", -1);
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = node.get(path[i]);
            if (!(child instanceof ObjectNode obj)) {
                throw unknownKey(key, String.join(".", Arrays.copyOf(path, i + 1)), node, section);
            }
            node = obj;
        }
        String leaf = path[path.length - 1];
        JsonNode current = node.get(leaf);
        if (current == null) {
            throw unknownKey(key, field, node, section);
        }
        node.set(leaf, parse(key, current, value));
        ConfigKeys.refuseNulls(copy, tree, "", "config " + key);
        bind(section, sectionNode, "config " + key);
        WorkdirConfig changed = new WorkdirConfig(copy);
        if (section == Sections.DATA) {
            ProviderNames.check(changed);
        } else {
            // only the section being set, so that one bad name elsewhere can be mended with a later --set;
            // save() checks them all
            ConfigNames.checkMetrics(changed, section);
        }
        // across sections: the loop must hold out as many sessions as the gate needs (not checked on load, so that
        // an older config.json can still be read and mended with config --set)
        changed.section(Sections.GATE).requireHeldOut(changed.section(Sections.CONTINUOUS).validationSessions());
        return changed;
    }

    private static InvalidConfigException unknownKey(String key, String field, ObjectNode where,
                                                     ConfigSection<?> section) {
        TreeSet<String> keys = new TreeSet<>();
        where.fieldNames().forEachRemaining(keys::add);
        return new InvalidConfigException(key, "unknown key '" + field + "' in section '" + section.name()
                + "'; known keys: " + keys);
    }

    /**
     * @return one line per disabled trigger that names no installed trigger: allowed (a plug-in may be
     *     installed later) but said, so that a typo is seen
     */
    public List<String> warnings() {
        return ConfigNames.warnings(this);
    }

    /** @return every key as {@code section.key -> value text}, in file order */
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        tree.fields().forEachRemaining(s -> s.getValue().fields().forEachRemaining(
                f -> out.add(Map.entry(s.getKey() + "." + f.getKey(),
                        f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()))));
        return out;
    }

    /** @return the JSON text of the whole config */
    public String toJson() {
        try {
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String key, JsonNode current, String value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        try {
            if (current.isBoolean()) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw new InvalidConfigException(key, key + " must be true or false but was '" + value + "'");
                }
                return f.booleanNode(Boolean.parseBoolean(value.toLowerCase()));
            }
            if (current.isIntegralNumber()) {
                return f.numberNode(Long.parseLong(value));
            }
            if (current.isNumber()) {
                double d = Double.parseDouble(value);
                return f.numberNode(d);
            }
            if (current.isArray() && value.startsWith("[")) {
                return JSON.readTree(value);
            }
            if (current.isArray()) {
                ArrayNode arr = f.arrayNode();
                JsonNode sample = current.size() > 0 ? current.get(0) : f.textNode("");
                if (!value.isEmpty()) {
                    for (String part : value.split(",")) {
                        arr.add(parse(key, sample, part.trim()));
                    }
                }
                return arr;
            }
            if (current.isObject()) {
                return JSON.readTree(value);
            }
            return f.textNode(value);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, key + " must be a " + (current.isIntegralNumber() ? "whole number"
                    : "number") + " but was '" + value + "'");
        } catch (IOException e) {
            throw new InvalidConfigException(key, key + " must be valid JSON here but was '" + value + "'");
        }
    }

    private static ObjectNode bind(ConfigSection<?> section, JsonNode node, String where) {
        if (!(node instanceof ObjectNode)) {
            throw new InvalidConfigException(section.name(), where + ": section '" + section.name()
                    + "' must be a JSON object");
        }
        try {
            Object value = JSON.treeToValue(node, section.type());
            return JSON.valueToTree(value);
        } catch (IOException | IllegalArgumentException e) {
            String jacksonKey = ConfigKeys.ofMappingError(e, section.name());
            String key = rootKey(e, jacksonKey);
            String message = rootMessage(e);
            // a record's own check already names its key; Jackson's type errors do not, so the path is added
            if (key == jacksonKey && !message.contains(key)) {
                message = key + ": " + message;
            }
            String prefix = where.endsWith(" " + key) ? "" : where + ": ";
            throw new InvalidConfigException(key, prefix + message);
        }
    }

    /** @return the key a record's own check named, or {@code fallback} when the failure came from Jackson */
    private static String rootKey(Throwable e, String fallback) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidConfigException ice) {
                return ice.key();
            }
        }
        return fallback;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage()
                : t.getMessage();
        if (t instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            m = "unknown key '" + u.getPropertyName() + "'; known keys: " + u.getKnownPropertyIds();
        }
        return m == null ? t.toString() : m;
    }
}
