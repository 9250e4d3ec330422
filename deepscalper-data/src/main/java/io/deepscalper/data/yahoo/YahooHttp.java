package io.deepscalper.data.yahoo;

import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.api.spi.TransientDataSourceException;
import io.deepscalper.api.spi.UnknownSymbolException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET with bounded retries and backoff on 429, 5xx and network errors; see {@link YahooDataSource}. */
final class YahooHttp {
    private static final Logger LOG = LoggerFactory.getLogger(YahooHttp.class);
    private final YahooSettings settings;
    private final HttpClient client;

    YahooHttp(YahooSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** @return the body of a 200 response; 404 bodies are parsed for Yahoo's error too */
    byte[] get(URI uri, String symbol) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", "deepscalper/0.1 (+https://github.com/deepscalper/deepscalper)")
                .header("Accept", "application/json").GET().build();
        String lastProblem = "";
        for (int attempt = 0; ; attempt++) {
            Duration wait;
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return response.body();
                }
                if (status == 404) {
                    // Yahoo answers an unknown symbol with 404 and a "Not Found" error body
                    YahooChartParser.parse(response.body(), symbol, 0, 0, false);
                    throw new UnknownSymbolException("yahoo", symbol, "HTTP 404 from " + uri.getHost());
                }
                if (status != 429 && status < 500) {
                    YahooChartParser.parse(response.body(), symbol, 0, 0, false);
                    throw new PermanentDataSourceException("Yahoo answered HTTP " + status + " for " + symbol + " ("
                            + uri + "): " + snippet(response.body()));
                }
                lastProblem = "HTTP " + status;
                wait = backoff(attempt, response.headers().firstValue("Retry-After").orElse(null));
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + ": " + e.getMessage();
                wait = backoff(attempt, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientDataSourceException("interrupted while fetching " + symbol + " from Yahoo", e);
            }
            if (attempt >= settings.maxRetries()) {
                throw new TransientDataSourceException("Yahoo request for " + symbol + " failed " + (attempt + 1)
                        + " times, last with " + lastProblem + " (" + uri + "); it will be retried at the next update");
            }
            LOG.warn("Yahoo request for {} failed with {}; retry {} of {} in {} ms", symbol, lastProblem, attempt + 1,
                    settings.maxRetries(), wait.toMillis());
            sleep(wait, symbol);
        }
    }

    private Duration backoff(int attempt, String retryAfter) {
        Duration d = settings.retryBackoff().multipliedBy(1L << Math.min(attempt, 20));
        if (retryAfter != null) {
            try {
                d = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
            } catch (NumberFormatException ignored) {
                // an HTTP-date Retry-After is rare for Yahoo; keep the exponential backoff
            }
        }
        return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
    }

    private static void sleep(Duration d, String symbol) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientDataSourceException("interrupted while waiting to retry " + symbol, e);
        }
    }

    private static String snippet(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
