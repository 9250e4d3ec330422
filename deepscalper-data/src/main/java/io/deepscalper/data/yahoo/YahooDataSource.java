package io.deepscalper.data.yahoo;

import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.UnsupportedIntervalException;
import io.deepscalper.data.raw.RawBars;
import io.deepscalper.data.raw.RawDataSource;
import io.deepscalper.data.raw.StrictBars;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code yahoo} data source: Yahoo Finance's v8 chart API,
 * {@code GET {baseUrl}/v8/finance/chart/{symbol}?interval=1m&period1=..&period2=..&includePrePost=..}.
 * Never the default source, and never used against the real service in tests.
 *
 * <p><b>Paging.</b> Yahoo serves 1-minute bars only for about 7 to 8 days per request, so a longer
 * range is fetched in windows of {@code pageDays} (default 7); other intraday intervals in 59-day
 * windows, hourly in 700-day windows, daily in one request per 10 years. Each window's bars are clipped
 * to that window, so pages never overlap.
 *
 * <p><b>Retries.</b> HTTP 429, 5xx and network errors are retried up to {@code maxRetries} times with
 * exponential backoff starting at {@code retryBackoff}, capped at {@code maxBackoff}; a
 * {@code Retry-After} header in seconds is honoured up to that cap. Then a
 * {@link io.deepscalper.api.spi.TransientDataSourceException} is thrown.
 *
 * <p><b>Errors.</b> HTTP 404 or an error body with code "Not Found" is an
 * {@link io.deepscalper.api.spi.UnknownSymbolException}; other 4xx are permanent, with Yahoo's
 * description.
 *
 * <p><b>Options:</b> {@code baseUrl} (default {@value #DEFAULT_BASE_URL}), {@code includePrePost}
 * (false), {@code pageDays} (7), {@code maxRetries} (4), {@code retryBackoff} (PT0.5S), {@code maxBackoff}
 * (PT8S), {@code timeout} (PT20S).
 */
public final class YahooDataSource implements RawDataSource {
    /** Yahoo's public endpoint. */
    public static final String DEFAULT_BASE_URL = "https://query1.finance.yahoo.com";
    private static final Logger LOG = LoggerFactory.getLogger(YahooDataSource.class);
    private static final Set<String> OPTIONS = Set.of("baseUrl", "includePrePost", "pageDays", "maxRetries",
            "retryBackoff", "maxBackoff", "timeout");
    private static final Map<BarInterval, String> INTERVALS = Map.of(
            BarInterval.ONE_MINUTE, "1m",
            new BarInterval(Duration.ofMinutes(2)), "2m",
            BarInterval.FIVE_MINUTES, "5m",
            new BarInterval(Duration.ofMinutes(15)), "15m",
            BarInterval.THIRTY_MINUTES, "30m",
            BarInterval.ONE_HOUR, "60m",
            BarInterval.ONE_DAY, "1d");

    private final YahooSettings settings;
    private volatile YahooHttp http;

    /** The default-configured prototype that ServiceLoader creates. */
    public YahooDataSource() {
        this(YahooSettings.defaults());
    }

    /** @param settings endpoint, paging and retry settings */
    public YahooDataSource(YahooSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "yahoo";
    }

    @Override
    public int priority() {
        // a network source is never the default
        return -100;
    }

    @Override
    public Set<BarInterval> supportedIntervals() {
        return INTERVALS.keySet();
    }

    @Override
    public Set<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public DataSource configure(ProviderOptions o) {
        o.requireOnly(name(), OPTIONS);
        YahooSettings d = YahooSettings.defaults();
        long pageDays = o.getLong("pageDays", d.pageDays());
        long maxRetries = o.getLong("maxRetries", d.maxRetries());
        ConfigChecks.require(pageDays >= 1 && pageDays <= 8, "yahoo.pageDays", pageDays,
                "in [1, 8] (Yahoo serves 1-minute bars for at most about 8 days per request)");
        ConfigChecks.inRange("yahoo.maxRetries", maxRetries, 0, 20);
        return new YahooDataSource(new YahooSettings(o.getUri("baseUrl", d.baseUrl()),
                o.getBoolean("includePrePost", d.includePrePost()), (int) pageDays, (int) maxRetries,
                notNegative(o.getDuration("retryBackoff", d.retryBackoff()), "retryBackoff"),
                notNegative(o.getDuration("maxBackoff", d.maxBackoff()), "maxBackoff"),
                notNegative(o.getDuration("timeout", d.timeout()), "timeout")));
    }

    private static Duration notNegative(Duration d, String name) {
        return ConfigChecks.require(!d.isNegative(), "yahoo." + name, d, "zero or positive");
    }

    /** @return the settings in use */
    public YahooSettings settings() {
        return settings;
    }

    @Override
    public BarSeries fetch(String symbol, BarInterval interval, Instant from, Instant to) {
        RawBars raw = fetchRaw(symbol, interval, from, to);
        return StrictBars.keepValid(raw, LOG, "yahoo");
    }

    @Override
    public RawBars fetchRaw(String symbol, BarInterval interval, Instant from, Instant to) {
        return fetchChart(symbol, interval, from, to).bars();
    }

    /**
     * Fetches the range page by page and returns everything the pages held, events included.
     *
     * @return bars unvalidated, with counts of dropped points and the split and dividend events
     */
    public YahooChart fetchChart(String symbol, BarInterval interval, Instant from, Instant to) {
        checkFetchArguments(symbol, interval, from, to);
        String code = INTERVALS.get(interval);
        if (code == null) {
            throw new UnsupportedIntervalException(name(), interval, INTERVALS.keySet());
        }
        String ticker = symbol.trim().toUpperCase(Locale.ROOT);
        long page = pageSeconds(interval);
        RawBars all = new RawBars(ticker);
        List<YahooChart.Period> periods = new ArrayList<>();
        List<YahooChart.Split> splits = new ArrayList<>();
        List<YahooChart.Dividend> dividends = new ArrayList<>();
        int nulls = 0;
        int outsideWindow = 0;
        int outsideRegular = 0;
        for (long p = from.getEpochSecond(); p < to.getEpochSecond(); p += page) {
            long end = Math.min(p + page, to.getEpochSecond());
            URI uri = settings.chartUri(ticker, code, p, end);
            byte[] body = http().get(uri, ticker);
            YahooChart chart = YahooChartParser.parse(body, ticker, p, end, !settings.includePrePost());
            all.addAll(chart.bars());
            nulls += chart.nullBars();
            outsideWindow += chart.outsideWindow();
            outsideRegular += chart.outsideRegular();
            periods.addAll(chart.regularPeriods());
            splits.addAll(chart.splits());
            dividends.addAll(chart.dividends());
        }
        if (nulls > 0 || outsideWindow > 0) {
            LOG.debug("yahoo {} {}: {} bars, {} with null values, {} points outside the window, {} outside regular hours",
                    ticker, interval, all.size(), nulls, outsideWindow, outsideRegular);
        }
        return new YahooChart(ticker, all, nulls, outsideWindow, outsideRegular, periods, splits, dividends);
    }

    private long pageSeconds(BarInterval interval) {
        if (interval.equals(BarInterval.ONE_MINUTE)) {
            return settings.pageDays() * 86_400L;
        }
        if (interval.seconds() < 3_600) {
            return 59 * 86_400L;
        }
        if (interval.seconds() < 86_400) {
            return 700 * 86_400L;
        }
        return 3_650 * 86_400L;
    }

    private YahooHttp http() {
        YahooHttp h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    http = new YahooHttp(settings);
                }
                h = http;
            }
        }
        return h;
    }
}
