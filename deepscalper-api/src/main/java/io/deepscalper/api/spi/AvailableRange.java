package io.deepscalper.api.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The time span a {@link DataSource} holds bars for, as far as it knows (a file-backed source knows exactly; a
 * web API or a simulator usually does not and reports nothing).
 *
 * @param first start of the first bar held
 * @param last  start of the last bar held, not before {@code first}
 */
public record AvailableRange(Instant first, Instant last) {
    /** Validates the order. */
    public AvailableRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("available range must satisfy first <= last but was " + first + " .. "
                    + last);
        }
    }
}
