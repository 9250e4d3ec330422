package io.deepscalper.data.yahoo;

import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A Yahoo chart API stand-in on loopback, serving the real response bodies from test resources:
 * AAPL 1-minute bars for 2024-10-02, the real empty weekend body for any other AAPL range, and
 * 503 for symbol FLAKY, and Yahoo's 404 "Not Found" error for any other symbol. Scripted responses queued with
 * {@link #enqueue} are served first, in order.
 */
public final class YahooStub implements AutoCloseable {
    static final long AAPL_DAY_START = 1727848800L; // 2024-10-02T06:00Z
    static final long AAPL_DAY_END = 1727935200L;   // 2024-10-03T06:00Z
    static final String NOT_FOUND = "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
            + "\"description\":\"No data found, symbol may be delisted\"}}}";

    private final MockWebServer server = new MockWebServer();
    private final Deque<MockResponse> scripted = new ArrayDeque<>();
    private final List<HttpUrl> requests = new CopyOnWriteArrayList<>();

    public YahooStub() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request.getUrl());
                synchronized (scripted) {
                    if (!scripted.isEmpty()) {
                        return scripted.poll();
                    }
                }
                return route(request.getUrl());
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = YahooStub.class.getResourceAsStream("/yahoo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /yahoo/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        return resource(name).getBytes(StandardCharsets.UTF_8);
    }

    private static MockResponse route(HttpUrl url) {
        String symbol = url.pathSegments().get(url.pathSegments().size() - 1);
        if (symbol.equals("FLAKY")) {
            return new MockResponse.Builder().code(503).body("Service Unavailable").build();
        }
        if (!symbol.equals("AAPL")) {
            return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                    .body(NOT_FOUND).build();
        }
        long p1 = Long.parseLong(url.queryParameter("period1"));
        long p2 = Long.parseLong(url.queryParameter("period2"));
        boolean overlapsDay = p1 < AAPL_DAY_END && p2 > AAPL_DAY_START;
        String body = overlapsDay && "1m".equals(url.queryParameter("interval"))
                ? resource("chart-AAPL-2024-10-02_interval-1m_includePrePost-false.json")
                : resource("chart-AAPL-2025-02-01_weekend_interval-1m_EMPTY.json");
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    void enqueue(int code, String body) {
        synchronized (scripted) {
            scripted.add(new MockResponse.Builder().code(code).body(body).build());
        }
    }

    List<HttpUrl> requests() {
        return requests;
    }

    public String baseUrl() {
        return "http://" + server.getHostName() + ":" + server.getPort();
    }

    public DataSource source(Map<String, String> extra) {
        ProviderOptions o = ProviderOptions.of(Map.of("baseUrl", baseUrl(), "retryBackoff", "PT0.01S",
                "maxBackoff", "PT0.05S"));
        for (Map.Entry<String, String> e : extra.entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        return new YahooDataSource().configure(o);
    }

    @Override
    public void close() {
        server.close();
    }
}
