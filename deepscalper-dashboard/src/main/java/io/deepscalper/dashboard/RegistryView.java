package io.deepscalper.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RegistryEvent;
import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.api.spi.ModelRegistry;
import io.deepscalper.api.spi.Providers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model registry as the page shows it: versions with lineage and aliases from the catalog
 * ({@code models/registry.json}, read through the {@code filesystem} registry), and a version's
 * {@code metadata.json} read as a JSON tree. Only reading calls are made: the catalog is replaced by rename,
 * so no lock is needed, and metadata is read from the file directly because the store's own
 * {@code metadata()} quarantines a version whose checksum fails, and a dashboard must never move files.
 */
final class RegistryView {
    private static final ObjectMapper JSON = Json.mapper();

    private final Path models;

    RegistryView(Path workdir) {
        this.models = workdir.resolve("models");
    }

    /** @return the registry, empty before the first version (so that reading never creates {@code models/}) */
    private Optional<ModelStore> store() {
        if (!Files.isRegularFile(models.resolve("registry.json"))) {
            return Optional.empty();
        }
        return Optional.of(Providers.byName(ModelRegistry.class, "filesystem").open(models));
    }

    /** @return the alias names (active, champion, challenger) mapped to version ids */
    Map<String, String> aliases() {
        Map<String, String> out = new LinkedHashMap<>();
        store().ifPresent(s -> s.aliases().forEach((a, id) -> out.put(a.name().toLowerCase(java.util.Locale.ROOT),
                id.value())));
        return out;
    }

    /** @return every version, oldest first: id, time, trigger, kind, parent, gate status, metrics, aliases */
    List<Map<String, Object>> versions() {
        List<Map<String, Object>> out = new ArrayList<>();
        store().ifPresent(s -> {
            for (ModelVersion v : s.list()) {
                out.add(summary(v));
            }
        });
        return out;
    }

    /** @return the registry's event history (registrations, activations, rollbacks, ...), oldest first */
    List<Map<String, Object>> history() {
        List<Map<String, Object>> out = new ArrayList<>();
        store().ifPresent(s -> {
            for (RegistryEvent e : s.history()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("at", e.at().toString());
                r.put("action", e.action());
                r.put("version", e.version() == null ? null : e.version().value());
                r.put("previous", e.previous() == null ? null : e.previous().value());
                r.put("forced", e.forced());
                r.put("reason", e.reason());
                out.add(r);
            }
        });
        return out;
    }

    /**
     * @return the version page: the catalog summary, the whole {@code metadata.json} (network, config, data
     *         fingerprint, seed, steps, metrics, gate record, files) and the export formats with the command
     *         that writes each
     * @throws DashboardException for an invalid or unknown id
     */
    Map<String, Object> version(String id) {
        ModelVersionId vid;
        try {
            vid = ModelVersionId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownItemException("'" + id + "' is not a version id (v_YYYYMMDD_HHMMSS[_N]): " + e.getMessage());
        }
        ModelVersion v = store().flatMap(s -> s.list().stream().filter(x -> x.id().equals(vid)).findFirst())
                .orElseThrow(() -> new UnknownItemException("no version " + id + " in " + models
                        + "; GET /api/versions lists them"));
        Map<String, Object> out = summary(v);
        Path file = models.resolve(vid.value()).resolve("metadata.json");
        try {
            out.put("metadata", JSON.readTree(Files.readString(file)));
        } catch (NoSuchFileException e) {
            out.put("metadata", null);
            out.put("metadataError", "no metadata.json at " + file + " (removed by retention or quarantined)");
        } catch (IOException e) {
            out.put("metadata", null);
            out.put("metadataError", "cannot read " + file + ": " + e.getMessage());
        }
        List<Map<String, Object>> exports = new ArrayList<>();
        for (ModelExporter x : Providers.load(ModelExporter.class)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("format", x.name());
            e.put("suffix", x.fileSuffix());
            e.put("command", "deepscalper export --version " + vid.value() + " --format " + x.name()
                    + " --output " + vid.value() + x.fileSuffix());
            exports.add(e);
        }
        out.put("exports", exports);
        return out;
    }

    /** @return the gate record of every version that has one, oldest first (from each {@code metadata.json}) */
    List<Map<String, Object>> gateDecisions() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> v : versions()) {
            Path file = models.resolve((String) v.get("id")).resolve("metadata.json");
            JsonNode validation;
            try {
                validation = JSON.readTree(Files.readString(file)).path("validation");
            } catch (IOException e) {
                continue; // deleted by retention between the catalog read and this one
            }
            if (validation.isMissingNode() || validation.isNull()) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("version", v.get("id"));
            r.put("createdAt", v.get("createdAt"));
            r.put("trigger", v.get("trigger"));
            r.put("kind", v.get("kind"));
            r.put("passed", validation.path("passed").asBoolean());
            r.put("champion", validation.path("champion").isTextual() ? validation.path("champion").asText() : null);
            r.put("heldOut", validation.path("heldOut"));
            r.put("checks", validation.path("checks"));
            out.add(r);
        }
        return out;
    }

    /**
     * @return the versions a hyperparameter search registered, by search id (its {@code metadata.json}'s
     *         {@code config.tuning.searchId}): version, gate passed, aliases, and the best trial the search recorded
     */
    Map<String, Map<String, Object>> tunedVersions() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> v : versions()) {
            if (!"tune".equals(v.get("trigger"))) {
                continue;
            }
            JsonNode meta;
            try {
                meta = JSON.readTree(Files.readString(models.resolve((String) v.get("id")).resolve("metadata.json")));
            } catch (IOException e) {
                continue; // deleted by retention between the catalog read and this one
            }
            JsonNode tuning = meta.path("config").path("tuning");
            if (!tuning.path("searchId").isTextual()) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("version", v.get("id"));
            r.put("createdAt", v.get("createdAt"));
            r.put("gate", v.get("gate"));
            r.put("passed", meta.path("validation").path("passed").asBoolean(false));
            r.put("aliases", v.get("aliases"));
            r.put("bestTrial", tuning.path("bestTrial").isNumber() ? tuning.path("bestTrial").asInt() : null);
            r.put("deflatedSharpe", tuning.path("deflatedSharpe").isNumber() ? tuning.path("deflatedSharpe").asDouble()
                    : null);
            r.put("gateReturn", ((Map<?, ?>) v.get("metrics")).get("total_return"));
            out.put(tuning.path("searchId").asText(), r);
        }
        return out;
    }

    private static Map<String, Object> summary(ModelVersion v) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", v.id().value());
        r.put("createdAt", v.createdAt().toString());
        r.put("trigger", v.trigger());
        r.put("kind", v.kind() == null ? null : v.kind().name().toLowerCase(java.util.Locale.ROOT));
        r.put("parent", v.parent() == null ? null : v.parent().value());
        r.put("gate", v.gate() == null ? null : v.gate().name().toLowerCase(java.util.Locale.ROOT));
        r.put("metrics", finite(v.metrics()));
        List<String> aliases = new ArrayList<>();
        for (Alias a : v.aliases()) {
            aliases.add(a.name().toLowerCase(java.util.Locale.ROOT));
        }
        r.put("aliases", aliases);
        return r;
    }

    private static Map<String, Double> finite(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(k, x == null || !Double.isFinite(x) ? null : x));
        return out;
    }
}
