package io.deepscalper.cli.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One top-level section of {@code config.json}, bound to an immutable, self-validating config record.
 *
 * @param name     the JSON key, e.g. {@code continuous}
 * @param type     the record class Jackson binds the section to (its constructor validates)
 * @param defaults the section's default value
 * @param <T>      the record type
 */
public record ConfigSection<T>(String name, Class<T> type, Supplier<T> defaults) {
    /** Rejects nulls. */
    public ConfigSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
    }
}
