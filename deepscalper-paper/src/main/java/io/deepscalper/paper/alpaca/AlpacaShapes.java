package io.deepscalper.paper.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.broker.Account;
import io.deepscalper.api.broker.BrokerException;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.MarketClock;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderSide;
import io.deepscalper.api.broker.OrderStatus;
import io.deepscalper.api.broker.Position;
import io.deepscalper.api.market.Bar;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Reads the response bodies of Alpaca's trading and market-data APIs (the shapes are listed in
 * docs/paper-trading.md). Alpaca sends quantities and prices as strings in the trading API and as numbers in the
 * market-data API; both are accepted. A missing field fails with its name.
 */
final class AlpacaShapes {
    private AlpacaShapes() {
    }

    /** {@code GET /v2/clock}: {@code timestamp, is_open, next_open, next_close}. */
    static MarketClock clock(JsonNode n) {
        return new MarketClock(time(n, "timestamp"), bool(n, "is_open"), time(n, "next_open"), time(n, "next_close"));
    }

    /** {@code GET /v2/account}: {@code cash, equity}. */
    static Account account(JsonNode n) {
        return new Account(number(n, "cash"), number(n, "equity"));
    }

    /** {@code GET /v2/positions/{symbol}}: {@code symbol, qty, avg_entry_price, market_value, side}. */
    static Position position(JsonNode n) {
        long qty = (long) number(n, "qty");
        if (n.hasNonNull("side") && "short".equalsIgnoreCase(n.get("side").asText()) && qty > 0) {
            qty = -qty;
        }
        return new Position(text(n, "symbol"), qty, number(n, "avg_entry_price"), number(n, "market_value"));
    }

    /** An order object: {@code id, client_order_id, symbol, side, qty, limit_price, status, filled_qty, ...}. */
    static Order order(JsonNode n) {
        double limit = n.hasNonNull("limit_price") ? number(n, "limit_price") : Double.NaN;
        double avg = n.hasNonNull("filled_avg_price") ? number(n, "filled_avg_price") : Double.NaN;
        Instant submitted = n.hasNonNull("submitted_at") ? time(n, "submitted_at") : time(n, "created_at");
        return new Order(text(n, "id"), n.hasNonNull("client_order_id") ? n.get("client_order_id").asText() : null,
                text(n, "symbol"), side(text(n, "side")), (long) number(n, "qty"), limit, status(text(n, "status")),
                (long) number(n, "filled_qty"), avg, submitted);
    }

    /** An account activity of type FILL: {@code id, order_id, symbol, side, qty, price, transaction_time}. */
    static Fill fill(JsonNode n) {
        long qty = (long) number(n, "qty");
        return new Fill(text(n, "order_id"), text(n, "symbol"), side(text(n, "side")).sign() * qty,
                number(n, "price"), 0, time(n, "transaction_time"));
    }

    /** A market-data bar: {@code t, o, h, l, c, v} (also {@code n, vw}, unused). */
    static Bar bar(JsonNode n) {
        return new Bar(time(n, "t"), number(n, "o"), number(n, "h"), number(n, "l"), number(n, "c"), number(n, "v"));
    }

    static OrderSide side(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "buy" -> OrderSide.BUY;
            case "sell", "sell_short" -> OrderSide.SELL;
            default -> throw new BrokerException("alpaca sent an unknown order side '" + s + "'");
        };
    }

    /**
     * Alpaca's many statuses, mapped onto ours: working ones are open, {@code done_for_day}, {@code expired} and
     * {@code replaced} count as cancelled (they will not fill any more).
     */
    static OrderStatus status(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "new", "accepted", "pending_new", "accepted_for_bidding", "pending_cancel", "pending_replace",
                 "calculated", "held" -> OrderStatus.NEW;
            case "partially_filled" -> OrderStatus.PARTIALLY_FILLED;
            case "filled" -> OrderStatus.FILLED;
            case "canceled", "expired", "done_for_day", "replaced", "stopped", "suspended" -> OrderStatus.CANCELED;
            case "rejected" -> OrderStatus.REJECTED;
            default -> throw new BrokerException("alpaca sent an unknown order status '" + s + "'");
        };
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n == null ? null : n.get(name);
        if (v == null || v.isNull()) {
            throw new BrokerException("alpaca response has no '" + name + "' field");
        }
        return v;
    }

    private static String text(JsonNode n, String name) {
        return field(n, name).asText();
    }

    private static boolean bool(JsonNode n, String name) {
        return field(n, name).asBoolean();
    }

    private static double number(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            throw new BrokerException("alpaca field '" + name + "' is not a number: '" + v.asText() + "'");
        }
    }

    private static Instant time(JsonNode n, String name) {
        String s = text(n, name);
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BrokerException("alpaca field '" + name + "' is not an RFC 3339 time: '" + s + "'");
        }
    }
}
