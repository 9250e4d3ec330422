package io.deepscalper.paper.trade;

import io.deepscalper.paper.risk.RiskLimits;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How the trading loop runs.
 *
 * @param limits            the risk limits
 * @param exchangeZone      the zone whose dates name sessions (America/New_York for US equities)
 * @param barTimeout        how long one wait for a bar may take before the loop checks for a stop
 * @param maxSessions       stop after this many sessions (0: until the feed ends or a stop is requested)
 * @param shadowMinSessions sessions a promotion or rollback decision rests on (0: no shadow decisions)
 */
public record PaperTradingOptions(RiskLimits limits, ZoneId exchangeZone, Duration barTimeout, int maxSessions,
                                  int shadowMinSessions) {
    /** Checks the fields. */
    public PaperTradingOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(exchangeZone, "exchangeZone");
        Objects.requireNonNull(barTimeout, "barTimeout");
        if (maxSessions < 0 || shadowMinSessions < 0) {
            throw new IllegalArgumentException("maxSessions and shadowMinSessions must be >= 0");
        }
    }

    /** @return default limits, New York dates, 5-second waits, no session limit, shadow decisions every 10 */
    public static PaperTradingOptions defaults() {
        return new PaperTradingOptions(RiskLimits.defaults(), ZoneId.of("America/New_York"), Duration.ofSeconds(5), 0,
                10);
    }

    /** @return a copy with other limits */
    public PaperTradingOptions withLimits(RiskLimits l) {
        return new PaperTradingOptions(l, exchangeZone, barTimeout, maxSessions, shadowMinSessions);
    }

    /** @return a copy stopping after {@code n} sessions */
    public PaperTradingOptions withMaxSessions(int n) {
        return new PaperTradingOptions(limits, exchangeZone, barTimeout, n, shadowMinSessions);
    }

    /** @return a copy deciding on promotion and rollback every {@code n} sessions */
    public PaperTradingOptions withShadowMinSessions(int n) {
        return new PaperTradingOptions(limits, exchangeZone, barTimeout, maxSessions, n);
    }
}
