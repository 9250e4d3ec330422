package io.deepscalper.api.continuous;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A manual retrain request ({@code deepscalper retrain}), queued as a file in the working directory
 * for a running trainer, or run in-process.
 *
 * @param full        true for a full retrain from fresh parameters
 * @param symbol      restrict training data to this symbol, or null for all configured symbols
 * @param requestedAt when the request was made
 * @param requestedBy who asked (user name, "cli", a test)
 */
public record RetrainRequest(boolean full, String symbol, Instant requestedAt, String requestedBy) {

    /** Jackson and validation: a symbol, when given, must be a plain ticker. */
    @JsonCreator
    public RetrainRequest(@JsonProperty("full") boolean full, @JsonProperty("symbol") String symbol,
                          @JsonProperty("requestedAt") Instant requestedAt,
                          @JsonProperty("requestedBy") String requestedBy) {
        if (symbol != null && !symbol.matches("[A-Za-z0-9.^=_-]{1,20}")) {
            throw new IllegalArgumentException("retrain request: symbol '" + symbol
                    + "' is not a ticker (letters, digits, . ^ = _ -, at most 20 characters)");
        }
        this.full = full;
        this.symbol = symbol;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.requestedBy = requestedBy == null ? "unknown" : requestedBy;
    }

    /**
     * Folds a later request into this pending one, so that queued requests run as one retrain: full if
     * either asked for full, restricted to a symbol only if both named the same one, stamped with the
     * later request's time and requester.
     */
    public RetrainRequest mergedWith(RetrainRequest later) {
        String mergedSymbol = Objects.equals(symbol, later.symbol()) ? symbol : null;
        return new RetrainRequest(full || later.full(), mergedSymbol, later.requestedAt(), later.requestedBy());
    }
}
