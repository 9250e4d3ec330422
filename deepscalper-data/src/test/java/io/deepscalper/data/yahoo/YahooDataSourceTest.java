package io.deepscalper.data.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.TransientDataSourceException;
import io.deepscalper.data.raw.RawBars;
import io.deepscalper.data.raw.RawDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YahooDataSourceTest {
    private static final Instant DAY_FROM = Instant.parse("2024-10-02T13:30:00Z");
    private static final Instant DAY_TO = Instant.parse("2024-10-02T20:00:00Z");
    private final YahooStub stub = new YahooStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void oneMinuteRangesArePagedInSevenDayWindows() {
        Instant from = Instant.parse("2024-09-15T00:00:00Z");
        Instant to = from.plus(Duration.ofDays(20));
        BarSeries bars = stub.source(Map.of()).fetch("AAPL", BarInterval.ONE_MINUTE, from, to);
        List<HttpUrl> requests = stub.requests();
        assertThat(requests).hasSize(3);
        long expected = from.getEpochSecond();
        for (HttpUrl url : requests) {
            long p1 = Long.parseLong(url.queryParameter("period1"));
            long p2 = Long.parseLong(url.queryParameter("period2"));
            assertThat(p1).isEqualTo(expected);
            assertThat(p2 - p1).isLessThanOrEqualTo(7 * 86_400L);
            assertThat(url.queryParameter("interval")).isEqualTo("1m");
            assertThat(url.queryParameter("includePrePost")).isEqualTo("false");
            expected = p2;
        }
        assertThat(expected).isEqualTo(to.getEpochSecond());
        // the 2024-10-02 body is served to the page that overlaps it, and clipped to that page only
        assertThat(bars.size()).isEqualTo(389);
    }

    @Test
    void fetchDropsTheNullBarButFetchRawKeepsItForQualityChecks() {
        RawDataSource source = (RawDataSource) stub.source(Map.of());
        RawBars raw = source.fetchRaw("AAPL", BarInterval.ONE_MINUTE, DAY_FROM, DAY_TO);
        BarSeries strict = source.fetch("AAPL", BarInterval.ONE_MINUTE, DAY_FROM, DAY_TO);
        assertThat(raw.size()).isEqualTo(390);
        assertThat(strict.size()).isEqualTo(389);
        assertThat(strict.lowerBound(Instant.parse("2024-10-02T15:15:00Z").getEpochSecond()))
                .isEqualTo(105);
        assertThat(strict.start(105)).isEqualTo(Instant.parse("2024-10-02T15:16:00Z"));
    }

    @Test
    void rateLimitAndServerErrorsAreRetriedThenSucceed() {
        stub.enqueue(429, "Too Many Requests");
        stub.enqueue(503, "Service Unavailable");
        BarSeries bars = stub.source(Map.of()).fetch("AAPL", BarInterval.ONE_MINUTE, DAY_FROM, DAY_TO);
        assertThat(bars.size()).isEqualTo(389);
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void retriesAreBoundedAndEndTransient() {
        for (int i = 0; i < 5; i++) {
            stub.enqueue(500, "oops");
        }
        DataSource source = stub.source(Map.of("maxRetries", "2"));
        assertThatThrownBy(() -> source.fetch("AAPL", BarInterval.ONE_MINUTE, DAY_FROM, DAY_TO))
                .isInstanceOf(TransientDataSourceException.class)
                .hasMessageContaining("failed 3 times").hasMessageContaining("HTTP 500");
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void clientErrorsAreNotRetried() {
        stub.enqueue(400, "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Bad Request\",\"description\":"
                + "\"Invalid input - interval=7m is not supported\"}}}");
        DataSource source = stub.source(Map.of());
        assertThatThrownBy(() -> source.fetch("AAPL", BarInterval.ONE_MINUTE, DAY_FROM, DAY_TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("interval=7m is not supported");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void networkFailureIsTransient() {
        DataSource source = stub.source(Map.of("maxRetries", "1"));
        stub.close();
        assertThatThrownBy(() -> source.fetch("AAPL", BarInterval.ONE_MINUTE, DAY_FROM, DAY_TO))
                .isInstanceOf(TransientDataSourceException.class).hasMessageContaining("failed 2 times");
    }

    @Test
    void optionsAreValidatedAndTheSourceIsNeverTheDefault() {
        assertThatThrownBy(() -> stub.source(Map.of("pageDays", "30")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("pageDays");
        assertThatThrownBy(() -> stub.source(Map.of("baseUrl", "file:///etc")))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("baseUrl");
        assertThat(Providers.best(DataSource.class).name()).isEqualTo("synthetic");
        assertThat(Providers.names(DataSource.class)).containsExactly("csv", "synthetic", "yahoo");
        assertThatThrownBy(() -> Providers.byName(DataSource.class, "bloomberg"))
                .hasMessageContaining("'bloomberg'").hasMessageContaining("[csv, synthetic, yahoo]");
        assertThat(((YahooDataSource) new YahooDataSource()).settings().baseUrl().getHost())
                .isEqualTo("query1.finance.yahoo.com");
    }
}
