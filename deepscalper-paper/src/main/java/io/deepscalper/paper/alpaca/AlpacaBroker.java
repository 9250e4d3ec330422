package io.deepscalper.paper.alpaca;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerOptions;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.spi.Broker;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code alpaca} broker: Alpaca's paper-trading REST API through Java's {@code HttpClient} and Jackson. Keys
 * come from the environment ({@code APCA_API_KEY_ID}, {@code APCA_API_SECRET_KEY}) and are never logged. Settings:
 * {@code baseUrl} (default {@value #PAPER_URL}), {@code dataUrl} (default {@value #DATA_URL}), {@code pollMillis}
 * (default 1000). The live trading host {@value #LIVE_HOST} is refused: this is paper trading only.
 */
public final class AlpacaBroker implements Broker {
    /** The provider name. */
    public static final String NAME = "alpaca";
    /** Alpaca's paper-trading API. */
    public static final String PAPER_URL = "https://paper-api.alpaca.markets";
    /** Alpaca's market-data API. */
    public static final String DATA_URL = "https://data.alpaca.markets";
    /** The live-money trading host, refused. */
    public static final String LIVE_HOST = "api.alpaca.markets";
    private static final Set<String> SETTINGS = Set.of("baseUrl", "dataUrl", "pollMillis");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return -100; // never the default: it needs an account and the network
    }

    @Override
    public BrokerConnection connect(BrokerOptions options) {
        for (String k : options.settings().keySet()) {
            if (!SETTINGS.contains(k)) {
                throw new InvalidConfigException(k, "unknown setting '" + k + "' of the alpaca broker; known: "
                        + SETTINGS);
            }
        }
        String base = url(options, "baseUrl", PAPER_URL);
        String data = url(options, "dataUrl", DATA_URL);
        if (LIVE_HOST.equalsIgnoreCase(URI.create(base).getHost())) {
            throw new InvalidConfigException("baseUrl", "baseUrl " + base + " is Alpaca's live-money API; deepscalper "
                    + "trades paper accounts only (" + PAPER_URL + ")");
        }
        long poll;
        try {
            poll = Long.parseLong(options.setting("pollMillis", "1000").trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException("pollMillis", "pollMillis must be a whole number of milliseconds");
        }
        if (poll < 10 || poll > 60_000) {
            throw new InvalidConfigException("pollMillis", "pollMillis must be in [10, 60000] but was " + poll);
        }
        AlpacaKeys keys = AlpacaKeys.from(options.environment());
        return new AlpacaConnection(new AlpacaHttp(keys, Duration.ofSeconds(10)), base, data,
                options.symbol().toUpperCase(Locale.ROOT), Duration.ofMillis(poll));
    }

    private static String url(BrokerOptions options, String key, String fallback) {
        String v = options.setting(key, fallback).trim();
        URI u;
        try {
            u = URI.create(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(key, key + " is not a URL: '" + v + "'");
        }
        if (u.getHost() == null || !("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))) {
            throw new InvalidConfigException(key, key + " must be an http(s) URL with a host but was '" + v + "'");
        }
        return v;
    }
}
