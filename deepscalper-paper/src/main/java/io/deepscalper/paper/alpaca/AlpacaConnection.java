package io.deepscalper.paper.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.api.broker.Account;
import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerException;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.MarketClock;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.OrderSide;
import io.deepscalper.api.broker.Position;
import io.deepscalper.api.market.Bar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to an Alpaca paper account for one symbol. Bars come from the market-data API
 * ({@code GET /v2/stocks/bars}), polled until a bar that has ended by the broker's clock is there; orders,
 * positions, the account and the clock from the trading API. Limit prices go out rounded to the cent (Alpaca
 * refuses sub-penny limits above $1), a buy's down and a sell's up, so that no order is worse than its limit.
 * Alpaca charges no commission on US equities, so fills carry a fee of 0.
 */
final class AlpacaConnection implements BrokerConnection {
    private static final Logger LOG = LoggerFactory.getLogger(AlpacaConnection.class);
    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final AlpacaHttp http;
    private final String base;
    private final String data;
    private final String symbol;
    private final Duration poll;
    private final Deque<Bar> pending = new ArrayDeque<>();
    private final Set<String> seenFills = new HashSet<>();
    private final Set<String> closingOrders = new HashSet<>();
    private Instant lastBar;
    private Instant fillsAfter;

    AlpacaConnection(AlpacaHttp http, String base, String data, String symbol, Duration poll) {
        this.http = http;
        this.base = strip(base);
        this.data = strip(data);
        this.symbol = symbol;
        this.poll = poll;
        this.fillsAfter = clock().timestamp();
        LOG.info("connected to the Alpaca paper account at {} for {}", this.base, symbol);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private URI trading(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String broker() {
        return AlpacaBroker.NAME;
    }

    @Override
    public Duration barInterval() {
        return INTERVAL;
    }

    @Override
    public Optional<Bar> nextBar(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!pending.isEmpty()) {
                Bar b = pending.removeFirst();
                lastBar = b.start();
                return Optional.of(b);
            }
            fetchBars();
            if (!pending.isEmpty()) {
                continue;
            }
            if (!Instant.now().plus(poll).isBefore(deadline)) {
                return Optional.empty();
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Queues the complete bars after the last one delivered (on a cold start: only the newest complete one). */
    private void fetchBars() {
        Instant now = clock().timestamp();
        Instant start = lastBar != null ? lastBar.plus(INTERVAL)
                : now.truncatedTo(ChronoUnit.MINUTES).minus(INTERVAL);
        JsonNode body = http.get(URI.create(data + "/v2/stocks/bars?symbols=" + enc(symbol) + "&timeframe=1Min&start="
                + enc(start.toString()) + "&sort=asc&limit=1000")).orElseThrow(
                        () -> new BrokerException("alpaca market data has no bars endpoint at " + data));
        JsonNode list = body.path("bars").path(symbol);
        for (JsonNode n : list) {
            Bar b = AlpacaShapes.bar(n);
            boolean complete = !b.start().plus(INTERVAL).isAfter(now);
            if (complete && !b.start().isBefore(start) && (lastBar == null || b.start().isAfter(lastBar))
                    && (pending.isEmpty() || b.start().isAfter(pending.peekLast().start()))) {
                pending.addLast(b);
            }
        }
    }

    @Override
    public boolean exhausted() {
        return false; // a live market never ends
    }

    @Override
    public MarketClock clock() {
        return AlpacaShapes.clock(http.get(trading("/v2/clock")).orElseThrow(
                () -> new BrokerException("alpaca has no clock endpoint at " + base)));
    }

    @Override
    public Account account() {
        return AlpacaShapes.account(http.get(trading("/v2/account")).orElseThrow(
                () -> new BrokerException("alpaca has no account endpoint at " + base)));
    }

    @Override
    public Position position() {
        return http.get(trading("/v2/positions/" + enc(symbol))).map(AlpacaShapes::position)
                .orElse(new Position(symbol, 0, 0, 0));
    }

    @Override
    public Order submit(OrderRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("symbol", request.symbol());
        body.put("qty", String.valueOf(request.quantity()));
        body.put("side", request.side() == OrderSide.BUY ? "buy" : "sell");
        body.put("type", "limit");
        body.put("time_in_force", "day");
        body.put("limit_price", cents(request.limitPrice(), request.side()).toPlainString());
        body.put("client_order_id", request.clientOrderId());
        return AlpacaShapes.order(http.post(trading("/v2/orders"), body));
    }

    /** A limit rounded to the cent on the side that never makes the order worse. */
    static BigDecimal cents(double limit, OrderSide side) {
        return BigDecimal.valueOf(limit).setScale(2, side == OrderSide.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    @Override
    public Order cancel(String orderId) {
        http.delete(trading("/v2/orders/" + enc(orderId)));
        return AlpacaShapes.order(http.get(trading("/v2/orders/" + enc(orderId))).orElseThrow(
                () -> new BrokerException("alpaca has no order " + orderId)));
    }

    @Override
    public List<Order> openOrders() {
        JsonNode list = http.get(trading("/v2/orders?status=open&symbols=" + enc(symbol))).orElseThrow(
                () -> new BrokerException("alpaca has no orders endpoint at " + base));
        List<Order> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(AlpacaShapes.order(n));
        }
        return out;
    }

    @Override
    public List<Fill> newFills() {
        JsonNode list = http.get(trading("/v2/account/activities/FILL?direction=asc&after="
                + enc(fillsAfter.toString()))).orElseThrow(
                        () -> new BrokerException("alpaca has no account activities endpoint at " + base));
        List<Fill> out = new ArrayList<>();
        for (JsonNode n : list) {
            String id = n.path("id").asText();
            if (!seenFills.add(id) || !symbol.equalsIgnoreCase(n.path("symbol").asText())) {
                continue;
            }
            Fill f = AlpacaShapes.fill(n);
            if (!closingOrders.contains(f.orderId())) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public Optional<Fill> closePosition() {
        Position p = position();
        if (p.quantity() == 0) {
            return Optional.empty();
        }
        Optional<JsonNode> o = http.delete(trading("/v2/positions/" + enc(symbol)));
        if (o.isEmpty()) {
            return Optional.empty();
        }
        Order order = AlpacaShapes.order(o.get());
        closingOrders.add(order.id());
        // the liquidation is a market order: wait briefly for its fill so that the session's P&L includes it
        for (int i = 0; i < 20 && order.open(); i++) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            order = AlpacaShapes.order(http.get(trading("/v2/orders/" + enc(order.id()))).orElseThrow());
        }
        if (order.filledQuantity() == 0) {
            LOG.warn("the closing order {} for {} share(s) of {} has not filled yet", order.id(), p.quantity(), symbol);
            return Optional.empty();
        }
        return Optional.of(new Fill(order.id(), symbol, order.side().sign() * order.filledQuantity(),
                order.filledAveragePrice(), 0, clock().timestamp()));
    }

    @Override
    public void close() {
        LOG.info("disconnected from the Alpaca paper account for {}", symbol);
    }
}
