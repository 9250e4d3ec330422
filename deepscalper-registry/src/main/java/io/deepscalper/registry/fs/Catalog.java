package io.deepscalper.registry.fs;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.RegistryEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The content of {@code registry.json}: versions, aliases, the stack of previously active versions
 * (for rollback) and the audit history. A mutable working copy, only changed under the registry lock
 * and then written back atomically.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Catalog {
    static final int FORMAT_VERSION = 1;
    private static final int MAX_HISTORY = 2000;

    int formatVersion = FORMAT_VERSION;
    List<CatalogEntry> versions = new ArrayList<>();
    Map<Alias, ModelVersionId> aliases = new EnumMap<>(Alias.class);
    /** Previously active versions, most recent last; rollback pops from the end. */
    List<ModelVersionId> previousActive = new ArrayList<>();
    List<RegistryEvent> history = new ArrayList<>();

    Optional<CatalogEntry> entry(ModelVersionId id) {
        return versions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    boolean contains(ModelVersionId id) {
        return entry(id).isPresent();
    }

    /** Removes a version and every pointer at it; returns the aliases that pointed at it. */
    List<Alias> remove(ModelVersionId id) {
        versions.removeIf(e -> e.id().equals(id));
        previousActive.removeIf(id::equals);
        List<Alias> cleared = new ArrayList<>();
        aliases.entrySet().removeIf(e -> {
            boolean hit = e.getValue().equals(id);
            if (hit) {
                cleared.add(e.getKey());
            }
            return hit;
        });
        return cleared;
    }

    /** @return true when the history mentions {@code id} (e.g. a deleted or quarantined version) */
    boolean everUsed(ModelVersionId id) {
        return history.stream().anyMatch(e -> id.equals(e.version()));
    }

    /** History actions that made a version active. */
    private static final Set<String> ACTIVATING = Set.of("activate", "rollback", "fallback");

    /** @return every version that was active at some time: now, in the rollback stack or in the history */
    Set<ModelVersionId> everActive() {
        Set<ModelVersionId> out = new LinkedHashSet<>(previousActive);
        for (RegistryEvent e : history) {
            if (e.version() != null && ACTIVATING.contains(e.action())) {
                out.add(e.version());
            }
        }
        if (aliases.containsKey(Alias.ACTIVE)) {
            out.add(aliases.get(Alias.ACTIVE));
        }
        if (aliases.containsKey(Alias.CHAMPION)) {
            out.add(aliases.get(Alias.CHAMPION));
        }
        return out;
    }

    /** @return the version rollback would return to, if any */
    Optional<ModelVersionId> rollbackTarget() {
        for (int i = previousActive.size() - 1; i >= 0; i--) {
            if (contains(previousActive.get(i))) {
                return Optional.of(previousActive.get(i));
            }
        }
        return Optional.empty();
    }

    void record(RegistryEvent event) {
        history.add(event);
        if (history.size() > MAX_HISTORY) {
            history.subList(0, history.size() - MAX_HISTORY).clear();
        }
    }
}
