package io.deepscalper.registry.fs;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelNotFoundException;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resolves references ({@code latest}, aliases, ids) against a catalog and builds listing entries. */
final class CatalogQueries {
    private CatalogQueries() {
    }

    static Optional<CatalogEntry> lookup(Catalog c, ModelRef ref) {
        if (ref.isLatest()) {
            return c.versions.isEmpty() ? Optional.empty() : Optional.of(c.versions.get(c.versions.size() - 1));
        }
        Optional<ModelVersionId> id = ref.alias().map(a -> c.aliases.get(a));
        if (ref.alias().isEmpty()) {
            id = ref.id();
        }
        return id.flatMap(c::entry);
    }

    static CatalogEntry resolve(Path dir, Catalog c, ModelRef ref) {
        return lookup(c, ref).orElseThrow(() -> {
            if (ref.isLatest()) {
                return new ModelNotFoundException("the registry " + dir + " has no versions yet; train one first");
            }
            if (ref.alias().isPresent()) {
                return new ModelNotFoundException("alias '" + ref + "' is not set in " + dir + "; activate a version "
                        + "first (versions: " + ids(c) + ")");
            }
            return new ModelNotFoundException("no model version " + ref + " in " + dir + "; versions: " + ids(c));
        });
    }

    private static List<ModelVersionId> ids(Catalog c) {
        return c.versions.stream().map(CatalogEntry::id).toList();
    }

    static ModelVersion toVersion(CatalogEntry e, Catalog c) {
        Set<Alias> aliases = EnumSet.noneOf(Alias.class);
        c.aliases.forEach((a, id) -> {
            if (id.equals(e.id())) {
                aliases.add(a);
            }
        });
        return new ModelVersion(e.id(), e.createdAt(), e.trigger(), e.kind(), e.parent(), e.metrics(), e.gate(), aliases);
    }
}
