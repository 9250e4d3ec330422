package io.deepscalper.data.yahoo;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the {@code yahoo} source; see {@link YahooDataSource} for their meaning and defaults.
 *
 * @param baseUrl        scheme, host and port of the chart API
 * @param includePrePost ask for (and keep) pre- and post-market bars
 * @param pageDays       days per request for 1-minute bars
 * @param maxRetries     retries after the first attempt on 429, 5xx and network errors
 * @param retryBackoff   wait before the first retry; doubles each retry
 * @param maxBackoff     cap on any single wait
 * @param timeout        connect and request timeout
 */
public record YahooSettings(URI baseUrl, boolean includePrePost, int pageDays, int maxRetries, Duration retryBackoff,
                            Duration maxBackoff, Duration timeout) {

    /** Checks required fields. */
    public YahooSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** @return the documented defaults, pointing at Yahoo's public endpoint */
    public static YahooSettings defaults() {
        return new YahooSettings(URI.create(YahooDataSource.DEFAULT_BASE_URL), false, 7, 4, Duration.ofMillis(500),
                Duration.ofSeconds(8), Duration.ofSeconds(20));
    }

    /** @return the chart request for one page */
    URI chartUri(String symbol, String interval, long period1, long period2) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/v8/finance/chart/" + java.net.URLEncoder.encode(symbol, java.nio.charset.StandardCharsets.UTF_8)
                + "?interval=" + interval + "&period1=" + period1 + "&period2=" + period2
                + "&includePrePost=" + includePrePost + "&events=div%7Csplit");
    }
}
