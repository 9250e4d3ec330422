package io.deepscalper.tuning.space;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.io.Json;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The searched settings, in file order. JSON form, one entry per field:
 *
 * <pre>{@code
 * {
 *   "train.learningRate": {"type": "loguniform", "low": 1e-4, "high": 3e-3},
 *   "train.gamma":        {"type": "uniform", "low": 0.8, "high": 0.99},
 *   "env.lookback":       {"type": "int", "low": 2, "high": 8},
 *   "train.trunkSizes":   {"type": "choice", "values": [[32, 32], [64, 64]]}
 * }
 * }</pre>
 *
 * <p>{@link #validate(EnvConfig, TrainConfig)} rejects a field that {@code EnvConfig} or {@code TrainConfig} does
 * not have, a field the tuner sets itself ({@link #RESERVED}), and a range whose ends (or a choice whose values)
 * the settings' own checks refuse, so that a bad space fails before the first trial and not in trial 7.
 *
 * @param params the searched settings
 */
public record SearchSpace(List<ParamSpec> params) {
    /**
     * Fields the tuner owns: the seed (one per trial), the engine threads (from the parallelism), the trial
     * budget ({@code totalSteps}, the same for every trial so that checkpoints compare) and the validation
     * window ({@code selectionSessions}, the sessions trials are ranked on).
     */
    public static final Set<String> RESERVED = Set.of("train.seed", "train.threads", "train.totalSteps",
            "train.selectionSessions", "train.evalIntervalSteps", "train.checkpointIntervalSteps");

    private static final Set<String> SPEC_KEYS = Set.of("type", "low", "high", "values");

    /** Rejects an empty space and duplicate names. */
    public SearchSpace {
        params = List.copyOf(params);
        if (params.isEmpty()) {
            throw new InvalidConfigException("space", "the search space has no parameter");
        }
        Set<String> seen = new TreeSet<>();
        for (ParamSpec p : params) {
            if (!seen.add(p.name())) {
                throw new InvalidConfigException("space." + p.name(), "space." + p.name() + " is listed twice");
            }
        }
    }

    /**
     * The space searched when none is given, sized for the quick-start profile: learning rate, discount,
     * exploration decay, the hindsight bonus's weight, batch size and the trunk's width.
     */
    public static SearchSpace quickStart() {
        return parse("""
                {
                  "train.learningRate": {"type": "loguniform", "low": 1e-4, "high": 3e-3},
                  "train.gamma": {"type": "uniform", "low": 0.8, "high": 0.98},
                  "train.epsilonDecaySteps": {"type": "int", "low": 1000, "high": 5000},
                  "train.hindsightWeight": {"type": "uniform", "low": 0.0, "high": 0.3},
                  "train.batchSize": {"type": "choice", "values": [32, 64]},
                  "train.trunkSizes": {"type": "choice", "values": [[32, 32], [64, 64]]}
                }""");
    }

    /** @return the space in {@code file} */
    public static SearchSpace read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidConfigException("space", "cannot read the search space file " + file + ": "
                    + e.getMessage());
        }
    }

    /** @return the space in the JSON text {@code json} */
    public static SearchSpace parse(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new InvalidConfigException("space", "the search space is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidConfigException("space", "the search space must be a JSON object of "
                    + "\"env.<field>\" or \"train.<field>\" entries");
        }
        List<ParamSpec> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(spec(e.getKey(), e.getValue()));
        }
        return new SearchSpace(out);
    }

    private static ParamSpec spec(String name, JsonNode node) {
        String key = "space." + name;
        if (!node.isObject()) {
            throw new InvalidConfigException(key, key + " must be an object like {\"type\": \"uniform\", \"low\": 0, "
                    + "\"high\": 1}");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!SPEC_KEYS.contains(k)) {
                throw new InvalidConfigException(key, key + ": unknown key '" + k + "'; allowed: " + new TreeSet<>(SPEC_KEYS));
            }
        }
        String type = node.path("type").asText("");
        ParamSpec.Kind kind = switch (type) {
            case "uniform" -> ParamSpec.Kind.UNIFORM;
            case "loguniform" -> ParamSpec.Kind.LOG_UNIFORM;
            case "int" -> ParamSpec.Kind.INT;
            case "choice" -> ParamSpec.Kind.CHOICE;
            default -> throw new InvalidConfigException(key, key + ": unknown type '" + type
                    + "'; use uniform, loguniform, int or choice");
        };
        if (kind == ParamSpec.Kind.CHOICE) {
            JsonNode values = node.get("values");
            if (values == null || !values.isArray()) {
                throw new InvalidConfigException(key, key + ": a choice needs a \"values\" array");
            }
            if (node.has("low") || node.has("high")) {
                throw new InvalidConfigException(key, key + ": a choice takes \"values\", not low/high");
            }
            List<JsonNode> v = new ArrayList<>();
            values.forEach(v::add);
            return new ParamSpec(name, kind, 0, 0, v);
        }
        if (node.has("values")) {
            throw new InvalidConfigException(key, key + ": a " + type + " range takes low/high, not \"values\"");
        }
        JsonNode lo = node.get("low");
        JsonNode hi = node.get("high");
        if (lo == null || !lo.isNumber() || hi == null || !hi.isNumber()) {
            throw new InvalidConfigException(key, key + ": a " + type + " range needs numeric \"low\" and \"high\"");
        }
        return new ParamSpec(name, kind, lo.asDouble(), hi.asDouble(), List.of());
    }

    /**
     * Checks every name against the settings' fields and every range end (every choice) against their checks.
     *
     * @throws InvalidConfigException naming the parameter and what is wrong
     */
    public SearchSpace validate(EnvConfig env, TrainConfig train) {
        ObjectNode envTree = Json.mapper().valueToTree(env);
        ObjectNode trainTree = Json.mapper().valueToTree(train);
        for (ParamSpec p : params) {
            String key = "space." + p.name();
            if (RESERVED.contains(p.name())) {
                throw new InvalidConfigException(key, key + " is set by the tuner itself and cannot be searched (reserved: "
                        + new TreeSet<>(RESERVED) + ")");
            }
            ObjectNode tree = p.name().startsWith("env.") ? envTree : p.name().startsWith("train.") ? trainTree : null;
            String field = p.name().substring(p.name().indexOf('.') + 1);
            if (tree == null || !tree.has(field)) {
                throw new InvalidConfigException(key, key + ": unknown field; searchable are env.<field> and train.<field>, "
                        + "env fields: " + names(envTree) + ", train fields: " + names(trainTree));
            }
            List<JsonNode> probes = p.kind() == ParamSpec.Kind.CHOICE ? p.choices()
                    : List.of(p.toValue(p.internalLow()), p.toValue(p.internalHigh()));
            for (JsonNode v : probes) {
                try {
                    ConfigOverrides.apply(env, train, Map.of(p.name(), v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigException(key, key + ": the value " + v + " is not a valid setting: "
                            + e.getMessage());
                }
            }
        }
        return this;
    }

    /** @return the names, in order */
    public List<String> names() {
        return params.stream().map(ParamSpec::name).toList();
    }

    /** @return the parameter called {@code name} */
    public ParamSpec param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " in the space " + names()));
    }

    /** @return the space as its JSON form */
    public ObjectNode toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        for (ParamSpec p : params) {
            ObjectNode n = root.putObject(p.name());
            switch (p.kind()) {
                case UNIFORM -> n.put("type", "uniform").put("low", p.low()).put("high", p.high());
                case LOG_UNIFORM -> n.put("type", "loguniform").put("low", p.low()).put("high", p.high());
                case INT -> n.put("type", "int").put("low", (long) p.low()).put("high", (long) p.high());
                case CHOICE -> n.put("type", "choice").putArray("values").addAll(p.choices());
            }
        }
        return root;
    }

    private static List<String> names(ObjectNode tree) {
        List<String> out = new ArrayList<>();
        tree.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
