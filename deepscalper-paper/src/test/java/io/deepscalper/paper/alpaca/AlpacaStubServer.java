package io.deepscalper.paper.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.deepscalper.api.market.Bar;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tiny Alpaca paper exchange on loopback for tests: the trading API (clock, account, positions, orders,
 * account activities) and the market-data bars endpoint, with response bodies in the shapes of Alpaca's public API
 * documentation. Limit orders fill against each published bar (a buy at {@code min(limit, open)} when
 * {@code low <= limit}, a sell at {@code max(limit, open)} when {@code high >= limit}). Requests without the
 * expected key headers get 403. It never talks to the real service.
 */
final class AlpacaStubServer implements AutoCloseable {
    static final String KEY_ID = "PKTESTKEYID0000000000";
    static final String SECRET = "s3cr3t-do-not-log-0123456789abcdefghij";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final List<ObjectNode> activities = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();
    final List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<JsonNode> orderBodies = new ArrayList<>();
    private Instant now;
    private Instant close;
    private double cash = 100_000;
    private long qty;
    private double avg;
    private double last = Double.NaN;
    private int activitySeq;

    AlpacaStubServer(Instant now, Instant close) throws IOException {
        this.now = now;
        this.close = close;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Publishes a bar: time moves to its end and the open limit orders are matched against it. */
    synchronized void publish(Bar bar) {
        bars.add(bar);
        now = bar.start().plus(Duration.ofMinutes(1));
        last = bar.close();
        for (ObjectNode o : orders.values()) {
            if (!o.get("status").asText().equals("new")) {
                continue;
            }
            double limit = o.get("limit_price").asDouble();
            boolean buy = o.get("side").asText().equals("buy");
            if (buy ? bar.low() <= limit : bar.high() >= limit) {
                fill(o, buy ? Math.min(limit, bar.open()) : Math.max(limit, bar.open()));
            }
        }
    }

    synchronized void setTime(Instant t) {
        now = t;
    }

    private void fill(ObjectNode o, double price) {
        long q = o.get("qty").asLong();
        boolean buy = o.get("side").asText().equals("buy");
        long signed = buy ? q : -q;
        long after = qty + signed;
        avg = after == 0 ? 0 : (qty == 0 || Long.signum(qty) == Long.signum(signed))
                ? (avg * Math.abs(qty) + price * q) / Math.abs(after) : avg;
        qty = after;
        cash -= signed * price;
        o.put("status", "filled").put("filled_qty", String.valueOf(q)).put("filled_avg_price", String.valueOf(price))
                .put("filled_at", now.toString()).put("updated_at", now.toString());
        ObjectNode a = JSON.createObjectNode();
        a.put("id", now.toString().replaceAll("[^0-9]", "") + "::" + (++activitySeq)).put("activity_type", "FILL")
                .put("transaction_time", now.toString()).put("type", "fill").put("price", String.valueOf(price))
                .put("qty", String.valueOf(q)).put("side", buy ? "buy" : "sell").put("symbol", o.get("symbol").asText())
                .put("leaves_qty", "0").put("order_id", o.get("id").asText()).put("cum_qty", String.valueOf(q))
                .put("order_status", "filled");
        activities.add(a);
    }

    private synchronized void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        requests.add(method + " " + path);
        // read every request body, so that a kept-alive connection is left at the next request
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (!KEY_ID.equals(ex.getRequestHeaders().getFirst("APCA-API-KEY-ID"))
                || !SECRET.equals(ex.getRequestHeaders().getFirst("APCA-API-SECRET-KEY"))) {
            send(ex, 403, JSON.createObjectNode().put("message", "forbidden."));
            return;
        }
        if (method.equals("GET") && path.equals("/v2/clock")) {
            send(ex, 200, JSON.createObjectNode().put("timestamp", now.toString()).put("is_open", now.isBefore(close))
                    .put("next_open", now.isBefore(close) ? now.plus(Duration.ofHours(18)).toString() : close.plus(
                            Duration.ofHours(17).plusMinutes(30)).toString()).put("next_close", close.toString()));
        } else if (method.equals("GET") && path.equals("/v2/account")) {
            double equity = cash + (Double.isNaN(last) ? 0 : qty * last);
            send(ex, 200, JSON.createObjectNode().put("id", "e6fe16f3-64a4-4921-8928-cadf02f92f98")
                    .put("account_number", "PA0000000000").put("status", "ACTIVE").put("currency", "USD")
                    .put("cash", String.valueOf(cash)).put("equity", String.valueOf(equity))
                    .put("buying_power", String.valueOf(cash)).put("pattern_day_trader", false));
        } else if (path.startsWith("/v2/positions/")) {
            String sym = path.substring("/v2/positions/".length());
            if (qty == 0) {
                send(ex, 404, JSON.createObjectNode().put("code", 40410000).put("message", "position does not exist"));
            } else if (method.equals("GET")) {
                send(ex, 200, JSON.createObjectNode().put("asset_id", "b28f4066-5c6d-479b-a2af-85dc1a8f16fb")
                        .put("symbol", sym).put("exchange", "ARCA").put("asset_class", "us_equity")
                        .put("avg_entry_price", String.valueOf(avg)).put("qty", String.valueOf(Math.abs(qty)))
                        .put("side", qty > 0 ? "long" : "short").put("market_value", String.valueOf(qty * last))
                        .put("current_price", String.valueOf(last)));
            } else {
                ObjectNode o = order(sym, qty > 0 ? "sell" : "buy", Math.abs(qty), "market", null, null);
                fill(o, last);
                send(ex, 200, o);
            }
        } else if (method.equals("POST") && path.equals("/v2/orders")) {
            JsonNode body = JSON.readTree(raw);
            orderBodies.add(body);
            ObjectNode o = order(body.get("symbol").asText(), body.get("side").asText(), body.get("qty").asLong(),
                    body.get("type").asText(), body.get("limit_price").asText(), body.get("client_order_id").asText());
            send(ex, 200, o);
        } else if (method.equals("GET") && path.equals("/v2/orders")) {
            ArrayNode a = JSON.createArrayNode();
            orders.values().stream().filter(o -> o.get("status").asText().equals("new")).forEach(a::add);
            send(ex, 200, a);
        } else if (path.startsWith("/v2/orders/")) {
            ObjectNode o = orders.get(path.substring("/v2/orders/".length()));
            if (o == null) {
                send(ex, 404, JSON.createObjectNode().put("message", "order not found"));
            } else if (method.equals("DELETE")) {
                if (o.get("status").asText().equals("new")) {
                    o.put("status", "canceled").put("canceled_at", now.toString());
                }
                // JDK's HttpServer and HttpClient stall a kept-alive connection after a bodiless 204; close it
                ex.getResponseHeaders().add("Connection", "close");
                ex.sendResponseHeaders(204, -1);
                ex.close();
            } else {
                send(ex, 200, o);
            }
        } else if (method.equals("GET") && path.equals("/v2/account/activities/FILL")) {
            Instant after = Instant.parse(query.get("after"));
            ArrayNode a = JSON.createArrayNode();
            activities.stream().filter(x -> Instant.parse(x.get("transaction_time").asText()).isAfter(after))
                    .forEach(a::add);
            send(ex, 200, a);
        } else if (method.equals("GET") && path.equals("/v2/stocks/bars")) {
            String sym = query.get("symbols");
            Instant start = Instant.parse(query.get("start"));
            ArrayNode list = JSON.createArrayNode();
            for (Bar b : bars) {
                if (!b.start().isBefore(start)) {
                    list.add(JSON.createObjectNode().put("t", b.start().toString()).put("o", b.open()).put("h", b.high())
                            .put("l", b.low()).put("c", b.close()).put("v", (long) b.volume()).put("n", 12)
                            .put("vw", b.close()));
                }
            }
            ObjectNode body = JSON.createObjectNode();
            body.putObject("bars").set(sym, list);
            body.putNull("next_page_token");
            send(ex, 200, body);
        } else {
            send(ex, 404, JSON.createObjectNode().put("message", "endpoint not found"));
        }
    }

    private ObjectNode order(String sym, String side, long q, String type, String limit, String clientId) {
        ObjectNode o = JSON.createObjectNode();
        String id = UUID.randomUUID().toString();
        o.put("id", id).put("client_order_id", clientId == null ? UUID.randomUUID().toString() : clientId)
                .put("created_at", now.toString()).put("updated_at", now.toString()).put("submitted_at", now.toString())
                .putNull("filled_at").putNull("expired_at").putNull("canceled_at").putNull("failed_at")
                .put("asset_id", "b28f4066-5c6d-479b-a2af-85dc1a8f16fb").put("symbol", sym)
                .put("asset_class", "us_equity").put("qty", String.valueOf(q)).put("filled_qty", "0")
                .putNull("filled_avg_price").put("order_class", "simple").put("order_type", type).put("type", type)
                .put("side", side).put("time_in_force", "day").put("status", "new").put("extended_hours", false);
        if (limit == null) {
            o.putNull("limit_price");
        } else {
            o.put("limit_price", limit);
        }
        o.putNull("stop_price");
        orders.put(id, o);
        return o;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String kv : raw.split("&")) {
            int i = kv.indexOf('=');
            if (i > 0) {
                out.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
