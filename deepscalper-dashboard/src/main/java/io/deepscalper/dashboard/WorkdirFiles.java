package io.deepscalper.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The small files of a working directory that the dashboard reads as JSON trees rather than through the
 * orchestrator's classes (the dashboard does not depend on the continuous module): {@code state.json},
 * {@code config.json} and {@code trainer.pid}. Every file is replaced by rename, so a read sees a whole one.
 */
final class WorkdirFiles {
    private static final ObjectMapper JSON = Json.mapper();

    private final Path dir;

    WorkdirFiles(Path dir) {
        this.dir = dir;
    }

    /** @return {@code state.json} as a tree, empty before the first cycle */
    Optional<JsonNode> state() {
        return tree("state.json");
    }

    /** @return {@code config.json} as a tree, empty when the trainer was started from Java without one */
    Optional<JsonNode> config() {
        return tree("config.json");
    }

    /**
     * @return the pid of a live trainer in this directory: {@code trainer.pid} names a process that is alive.
     *         A pid reused by another process after a crash is possible; the orchestrator's lock is the
     *         authority, and the page only says "running".
     */
    Optional<Long> runningTrainer() {
        try {
            String[] parts = Files.readString(dir.resolve("trainer.pid"), StandardCharsets.US_ASCII).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return {@code continuous.retrainIntervalHours} from {@code config.json}, else the default */
    double retrainIntervalHours() {
        return config().map(c -> c.path("continuous").path("retrainIntervalHours"))
                .filter(JsonNode::isNumber).map(JsonNode::asDouble)
                .orElse(ContinuousTrainingConfig.defaults().retrainIntervalHours());
    }

    /** @return true when {@code continuous.disabledTriggers} in {@code config.json} names the scheduled trigger */
    boolean scheduleDisabled() {
        return config().map(c -> c.path("continuous").path("disabledTriggers")).filter(JsonNode::isArray)
                .map(a -> {
                    for (JsonNode n : a) {
                        if ("scheduled".equals(n.asText())) {
                            return true;
                        }
                    }
                    return false;
                }).orElse(false);
    }

    /**
     * @return when the scheduled trigger fires next: the last retrain plus the interval, on the trainer's clock
     *         (simulated or wall); empty before the first retrain (the first cycle trains at once) and when the
     *         scheduled trigger is disabled
     */
    Optional<Instant> nextScheduledRetrain() {
        if (scheduleDisabled()) {
            return Optional.empty();
        }
        return instant(state(), "lastRetrain")
                .map(last -> last.plus(Duration.ofMinutes(Math.round(retrainIntervalHours() * 60))));
    }

    static Optional<Instant> instant(Optional<JsonNode> tree, String field) {
        return tree.map(t -> t.path(field)).filter(JsonNode::isTextual).flatMap(n -> {
            try {
                return Optional.of(Instant.parse(n.asText()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<JsonNode> tree(String name) {
        Path f = dir.resolve(name);
        try {
            return Optional.of(JSON.readTree(Files.readString(f, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DashboardException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
