package io.deepscalper.monitoring.sink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small scrape endpoint: {@code GET /metrics} answers with the text exposition format. It listens on
 * the loopback interface unless another address is given explicitly, and then logs a warning: the endpoint
 * has no authentication, so a reverse proxy in front is the better way to expose it. One daemon thread
 * serves requests.
 */
public final class MetricsHttpServer implements AutoCloseable {
    /** The Prometheus text format version 0.0.4 content type. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(MetricsHttpServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final String bind;

    /**
     * Starts serving on the loopback interface.
     *
     * @param port   TCP port on 127.0.0.1; 0 picks a free one (see {@link #port()})
     * @param scrape produces the exposition text on each request
     * @throws UncheckedIOException when the port is taken, naming it
     */
    public MetricsHttpServer(int port, Supplier<String> scrape) {
        this("127.0.0.1", port, scrape);
    }

    /**
     * Starts serving.
     *
     * @param bind   the address to listen on, e.g. {@code 127.0.0.1}; any other than a loopback one is logged as
     *               a warning
     * @param port   TCP port; 0 picks a free one (see {@link #port()})
     * @param scrape produces the exposition text on each request
     * @throws IllegalArgumentException when {@code bind} is not an address of this machine's
     * @throws UncheckedIOException     when the port is taken, naming it
     */
    public MetricsHttpServer(String bind, int port, Supplier<String> scrape) {
        InetAddress address = address(bind);
        this.bind = bind;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bind + ":" + port + " for /metrics (" + e.getMessage()
                    + "); choose another port (metrics.prometheus.port, or the sink option port=<n>), or 0 for any "
                    + "free port", e);
        }
        if (!address.isLoopbackAddress()) {
            LOG.warn("Prometheus metrics are served on {}:{}, not only on this machine: the endpoint has no "
                    + "authentication; anyone who can reach that address reads them", bind, port());
        }
        server.createContext("/metrics", exchange -> handle(exchange, scrape));
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        LOG.info("Prometheus metrics at http://{}:{}/metrics", bind, port());
    }

    private static InetAddress address(String bind) {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("the metrics bind address must not be blank; use 127.0.0.1");
        }
        try {
            // numeric addresses and host names both; a name is looked up once, here
            return InetAddress.getByName(bind.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the metrics bind address '" + bind + "' is not an address or a known "
                    + "host name; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)", e);
        }
    }

    /** @return the address it was asked to listen on */
    public String bind() {
        return bind;
    }

    private static void handle(HttpExchange exchange, Supplier<String> scrape) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = scrape.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(body);
                }
            }
        }
    }

    /** @return the port actually bound */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
