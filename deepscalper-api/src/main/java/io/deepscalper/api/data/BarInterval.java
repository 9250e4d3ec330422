package io.deepscalper.api.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The length of one bar, written the way Yahoo and most vendors write it: {@code 1m}, {@code 5m},
 * {@code 1h}, {@code 1d}. Serialized to JSON as that string.
 *
 * @param duration the bar length, a positive whole number of seconds
 */
public record BarInterval(Duration duration) implements Comparable<BarInterval> {
    /** One-minute bars, the agent's native resolution. */
    public static final BarInterval ONE_MINUTE = new BarInterval(Duration.ofMinutes(1));
    /** Five-minute bars. */
    public static final BarInterval FIVE_MINUTES = new BarInterval(Duration.ofMinutes(5));
    /** Thirty-minute bars. */
    public static final BarInterval THIRTY_MINUTES = new BarInterval(Duration.ofMinutes(30));
    /** Hourly bars. */
    public static final BarInterval ONE_HOUR = new BarInterval(Duration.ofHours(1));
    /** Daily bars. */
    public static final BarInterval ONE_DAY = new BarInterval(Duration.ofDays(1));

    /** Checks that the duration is a positive whole number of seconds. */
    public BarInterval {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.getNano() != 0) {
            throw new IllegalArgumentException("bar interval must be a positive whole number of seconds but was "
                    + duration);
        }
    }

    /**
     * Parses {@code <n><unit>} with unit {@code s}, {@code m}, {@code h} or {@code d} (case-insensitive).
     *
     * @throws IllegalArgumentException saying which form is expected
     */
    @JsonCreator
    public static BarInterval parse(String text) {
        Objects.requireNonNull(text, "interval");
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 2) {
            throw invalid(text);
        }
        long n;
        try {
            n = Long.parseLong(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        if (n <= 0) {
            throw invalid(text);
        }
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> new BarInterval(Duration.ofSeconds(n));
            case 'm' -> new BarInterval(Duration.ofMinutes(n));
            case 'h' -> new BarInterval(Duration.ofHours(n));
            case 'd' -> new BarInterval(Duration.ofDays(n));
            default -> throw invalid(text);
        };
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("invalid bar interval '" + text
                + "'; write a positive count and a unit s, m, h or d, e.g. 1m, 5m, 1h, 1d");
    }

    /** @return the bar length in seconds */
    public long seconds() {
        return duration.getSeconds();
    }

    /** @return the shortest text form, e.g. {@code 1m} or {@code 1d} */
    @JsonValue
    @Override
    public String toString() {
        long s = duration.getSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    @Override
    public int compareTo(BarInterval o) {
        return duration.compareTo(o.duration);
    }
}
