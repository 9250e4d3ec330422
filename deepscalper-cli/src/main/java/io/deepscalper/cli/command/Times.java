package io.deepscalper.cli.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the human output of the commands shows a point in time: to the second, in the local time zone of the
 * machine, e.g. {@code 2024-06-03 15:42:07}. JSON output keeps ISO-8601 UTC instants, for scripts.
 */
public final class Times {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    /** @return {@code t} in the system's default zone, to the second; {@code "-"} for null */
    public static String local(Instant t) {
        return local(t, ZoneId.systemDefault());
    }

    /** @return {@code t} in {@code zone}, to the second; {@code "-"} for null */
    public static String local(Instant t, ZoneId zone) {
        return t == null ? "-" : LOCAL.format(t.atZone(zone));
    }

    /** @return epoch millis {@code millis} as {@link #local(Instant)} */
    public static String localMillis(long millis) {
        return local(Instant.ofEpochMilli(millis));
    }
}
