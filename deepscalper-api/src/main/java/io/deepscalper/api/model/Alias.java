package io.deepscalper.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/**
 * Named pointers at versions, kept in the registry catalog.
 *
 * <ul>
 *   <li>{@link #ACTIVE}: the version that is served (trading, evaluation, export of {@code active});</li>
 *   <li>{@link #CHAMPION}: the baseline a new version's validation gate compares against; activation makes
 *       a version both active and champion;</li>
 *   <li>{@link #CHALLENGER}: the newest candidate under evaluation.</li>
 * </ul>
 */
public enum Alias {
    /** The served version. */
    @JsonProperty("active")
    ACTIVE,
    /** The validated baseline that challengers must beat. */
    @JsonProperty("champion")
    CHAMPION,
    /** The candidate under evaluation. */
    @JsonProperty("challenger")
    CHALLENGER;

    /** @return the lower-case name used in {@code registry.json} and on the command line */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the alias called {@code text} (case-insensitive), if any */
    public static Optional<Alias> find(String text) {
        for (Alias a : values()) {
            if (a.key().equalsIgnoreCase(text)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
