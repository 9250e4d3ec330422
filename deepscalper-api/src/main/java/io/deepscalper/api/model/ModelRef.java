package io.deepscalper.api.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reference to one model version as a user types it: a version id, an alias ({@code active},
 * {@code champion}, {@code challenger}) or {@code latest} (the newest registered version).
 *
 * @param text the normalised reference (aliases lower-case)
 */
public record ModelRef(String text) {
    /** The non-id references accepted everywhere a version is asked for. */
    public static final List<String> KEYWORDS = List.of("latest", "active", "champion", "challenger");

    /** Validates the reference. */
    public ModelRef {
        if (text == null) {
            throw new InvalidVersionIdException(null);
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(lower)) {
            text = lower;
        } else if (!ModelVersionId.isValid(text)) {
            throw new InvalidVersionIdException(text);
        }
    }

    /** @return the reference for {@code text} */
    public static ModelRef parse(String text) {
        return new ModelRef(text);
    }

    /** @return the reference to the newest version */
    public static ModelRef latest() {
        return new ModelRef("latest");
    }

    /** @return a reference to the version an alias points at */
    public static ModelRef of(Alias alias) {
        return new ModelRef(alias.key());
    }

    /** @return a reference to one id */
    public static ModelRef of(ModelVersionId id) {
        return new ModelRef(id.value());
    }

    /** @return true for {@code latest} */
    public boolean isLatest() {
        return text.equals("latest");
    }

    /** @return the alias this reference names, if it names one */
    public Optional<Alias> alias() {
        return Alias.find(text);
    }

    /** @return the version id this reference names, if it is an id */
    public Optional<ModelVersionId> id() {
        return ModelVersionId.isValid(text) ? Optional.of(new ModelVersionId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
