package io.deepscalper.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A validated model version id: {@code v_YYYYMMDD_HHMMSS} (UTC creation second), with a numeric
 * suffix {@code _2}, {@code _3}, ... when two versions land in the same second.
 *
 * <p>The pattern admits only letters, digits and underscores, so an id can never name a path outside
 * the registry folder ({@code ..}, separators and absolute paths are all rejected).
 *
 * @param value the id text, e.g. {@code v_20260102_153000} or {@code v_20260102_153000_2}
 */
public record ModelVersionId(@JsonValue String value) implements Comparable<ModelVersionId> {
    private static final Pattern PATTERN = Pattern.compile("v_(\\d{8})_(\\d{6})(?:_([2-9]|[1-9]\\d{1,3}))?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);

    /** Validates the id. */
    public ModelVersionId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidVersionIdException(value);
        }
    }

    /**
     * @param text an id typed by a user or read from a file
     * @return the id
     * @throws InvalidVersionIdException when the text is not a version id
     */
    @JsonCreator
    public static ModelVersionId parse(String text) {
        return new ModelVersionId(text);
    }

    /** @return true when {@code text} is a well-formed version id (aliases such as {@code active} are not) */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** @return the id for a version created at {@code createdAt}, without a collision suffix */
    public static ModelVersionId forInstant(Instant createdAt) {
        return new ModelVersionId("v_" + STAMP.format(createdAt));
    }

    /**
     * @param n the collision number, 2 or more
     * @return this id's base with suffix {@code _n}, e.g. {@code v_20260102_153000_2}
     */
    public ModelVersionId withSuffix(int n) {
        if (n < 2 || n > 9999) {
            throw new IllegalArgumentException("collision suffix must be in [2, 9999] but was " + n);
        }
        return new ModelVersionId(base() + "_" + n);
    }

    /** @return the id without its collision suffix */
    public String base() {
        return value.substring(0, 17);
    }

    /** @return the collision suffix, 1 when there is none */
    public int suffix() {
        return value.length() > 17 ? Integer.parseInt(value.substring(18)) : 1;
    }

    /** Orders by creation second, then by suffix, so that ids sort chronologically. */
    @Override
    public int compareTo(ModelVersionId o) {
        int c = base().compareTo(o.base());
        return c != 0 ? c : Integer.compare(suffix(), o.suffix());
    }

    @Override
    public String toString() {
        return value;
    }

}
