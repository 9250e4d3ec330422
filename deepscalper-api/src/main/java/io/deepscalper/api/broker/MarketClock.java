package io.deepscalper.api.broker;

import java.time.Instant;

/**
 * The session clock, as brokers report it.
 *
 * @param timestamp the broker's now
 * @param open      whether the regular session is open now
 * @param nextOpen  when the next session opens
 * @param nextClose when the current session closes (the next one's close while closed)
 */
public record MarketClock(Instant timestamp, boolean open, Instant nextOpen, Instant nextClose) {
}
