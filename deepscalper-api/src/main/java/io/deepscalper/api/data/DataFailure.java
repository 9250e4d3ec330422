package io.deepscalper.api.data;

import java.time.Instant;
import java.util.Objects;

/**
 * One symbol's failed update. The pipeline records it, keeps updating the other symbols and retries
 * the symbol at the next scheduled update.
 *
 * @param symbol              the ticker
 * @param reason              the error message, specific enough to act on
 * @param transientFailure    true when retrying may help (network, HTTP 429/5xx); false for permanent
 *                            errors such as an unknown symbol
 * @param consecutiveFailures how many updates in a row failed for this symbol, at least 1
 * @param at                  when the failure happened
 */
public record DataFailure(String symbol, String reason, boolean transientFailure, int consecutiveFailures,
                          Instant at) {

    /** Checks required fields. */
    public DataFailure {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 1 but was " + consecutiveFailures);
        }
    }
}
