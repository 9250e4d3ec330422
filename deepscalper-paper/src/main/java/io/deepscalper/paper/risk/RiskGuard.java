package io.deepscalper.paper.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Enforces {@link RiskLimits} on every order before it reaches the broker: the trading loop asks
 * {@link #check} and submits only {@link RiskDecision#allowed()} shares, then reports the submission with
 * {@link #submitted}. Stateful per trading day (the kill switch and the session's starting equity); not
 * thread-safe.
 */
public final class RiskGuard {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RiskLimits limits;
    private final Deque<Instant> recentOrders = new ArrayDeque<>();
    private LocalDate day;
    private double startEquity = Double.NaN;
    private boolean halted;

    /** @param limits the limits to enforce */
    public RiskGuard(RiskLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the limits */
    public RiskLimits limits() {
        return limits;
    }

    /**
     * Starts a trading day: the kill switch is re-armed against {@code equity}.
     *
     * @param date   the session date
     * @param equity the equity at the session's start, {@code > 0}
     */
    public void startSession(LocalDate date, double equity) {
        if (!(equity > 0)) {
            throw new IllegalArgumentException("a session needs a positive starting equity, got " + equity);
        }
        this.day = Objects.requireNonNull(date, "date");
        this.startEquity = equity;
        this.halted = false;
    }

    /** @return true when the kill switch has stopped trading for the rest of the day */
    public boolean halted() {
        return halted;
    }

    /**
     * Checks one order.
     *
     * @param now            the broker's time
     * @param marketOpen     whether the regular session is open
     * @param minutesToClose minutes until the session's close
     * @param position       signed shares held
     * @param equity         the equity now
     * @param asked          the signed shares the model asks for (0: no order, still checked for the kill switch)
     * @return what may be submitted and why
     * @throws IllegalStateException before {@link #startSession}
     */
    public RiskDecision check(Instant now, boolean marketOpen, long minutesToClose, long position, double equity,
                              long asked) {
        if (day == null) {
            throw new IllegalStateException("call startSession before checking orders");
        }
        List<Breach> breaches = new ArrayList<>();
        if (halted) {
            return new RiskDecision(asked, 0, position != 0, breaches);
        }
        if (equity <= startEquity * (1 - limits.maxDailyLoss())) {
            halted = true;
            breaches.add(new Breach(now, Breach.MAX_DAILY_LOSS, String.format(Locale.ROOT,
                    "equity %.2f is %.2f %% below the session's starting %.2f (limit %.2f %%): flattening %d share(s) "
                            + "and halting until the next session", equity, 100 * (1 - equity / startEquity),
                    startEquity, 100 * limits.maxDailyLoss(), position)));
            return new RiskDecision(asked, 0, position != 0, breaches);
        }
        if (limits.tradingHoursOnly() && !marketOpen) {
            if (asked != 0) {
                breaches.add(new Breach(now, Breach.TRADING_HOURS, "order of " + asked
                        + " share(s) refused: the regular session is closed"));
            }
            return new RiskDecision(asked, 0, false, breaches);
        }
        if (limits.flattenMinutesBeforeClose() > 0 && minutesToClose <= limits.flattenMinutesBeforeClose()) {
            if (asked != 0) {
                breaches.add(new Breach(now, Breach.TRADING_HOURS, "order of " + asked + " share(s) refused: "
                        + minutesToClose + " minute(s) to the close, inside the last "
                        + limits.flattenMinutesBeforeClose() + " where the position is flattened"));
            }
            return new RiskDecision(asked, 0, position != 0, breaches);
        }
        if (asked == 0) {
            return new RiskDecision(0, 0, false, breaches);
        }
        long allowed = capPosition(position, asked);
        if (allowed != asked) {
            breaches.add(new Breach(now, Breach.MAX_POSITION, "order of " + asked + " share(s) on a position of "
                    + position + (allowed == 0 ? " refused" : " cut to " + allowed) + ": the position may not exceed "
                    + limits.maxPosition() + " share(s)"));
        }
        if (allowed != 0) {
            prune(now);
            if (recentOrders.size() >= limits.maxOrdersPerMinute()) {
                breaches.add(new Breach(now, Breach.MAX_ORDERS_PER_MINUTE, "order of " + allowed + " share(s) refused: "
                        + recentOrders.size() + " order(s) in the last minute, the limit is "
                        + limits.maxOrdersPerMinute()));
                allowed = 0;
            }
        }
        return new RiskDecision(asked, allowed, false, breaches);
    }

    /** Records that an order was submitted at {@code now} (it counts against the order rate). */
    public void submitted(Instant now) {
        recentOrders.addLast(now);
        prune(now);
    }

    private void prune(Instant now) {
        while (!recentOrders.isEmpty() && !recentOrders.peekFirst().isAfter(now.minus(MINUTE))) {
            recentOrders.removeFirst();
        }
    }

    /** The largest part of {@code asked}, same sign, that keeps {@code |position|} within the limit. */
    private long capPosition(long position, long asked) {
        long max = limits.maxPosition();
        long target = position + asked;
        if (Math.abs(target) <= max) {
            return asked;
        }
        // only the part of the order that brings the position towards (or inside) the limit
        long bound = target > 0 ? max : -max;
        long cut = bound - position;
        if (Long.signum(cut) != Long.signum(asked)) {
            return 0;
        }
        return Math.abs(cut) < Math.abs(asked) ? cut : asked;
    }
}
