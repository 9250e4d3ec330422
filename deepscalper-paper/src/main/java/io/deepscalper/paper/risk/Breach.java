package io.deepscalper.paper.risk;

import java.time.Instant;

/**
 * One risk limit that stopped or cut an order, with why.
 *
 * @param time   when
 * @param limit  which limit: {@code max_position}, {@code max_daily_loss}, {@code max_orders_per_minute},
 *               {@code trading_hours}
 * @param reason what was asked, what the limit allows and what was done
 */
public record Breach(Instant time, String limit, String reason) {
    /** The position limit. */
    public static final String MAX_POSITION = "max_position";
    /** The daily-loss kill switch. */
    public static final String MAX_DAILY_LOSS = "max_daily_loss";
    /** The order-rate limit. */
    public static final String MAX_ORDERS_PER_MINUTE = "max_orders_per_minute";
    /** Trading hours. */
    public static final String TRADING_HOURS = "trading_hours";
}
