package io.deepscalper.api.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The held-out sessions a candidate and its champion were both evaluated on, with the raw reward
 * (no hindsight bonus).
 *
 * @param split    {@code validation} or {@code test}
 * @param from     first session
 * @param to       last session
 * @param sessions number of sessions
 */
public record HeldOutSessions(String split, LocalDate from, LocalDate to, int sessions) {
    /** Validates the range. */
    public HeldOutSessions {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("HeldOutSessions: to " + to + " is before from " + from);
        }
        if (sessions <= 0) {
            throw new IllegalArgumentException("HeldOutSessions: sessions must be > 0 but was " + sessions);
        }
    }
}
