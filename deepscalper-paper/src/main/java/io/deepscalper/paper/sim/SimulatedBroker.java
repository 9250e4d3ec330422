package io.deepscalper.paper.sim;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerOptions;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.Broker;
import io.deepscalper.core.env.EnvConfig;
import java.time.Duration;
import java.util.Set;

/**
 * The {@code simulated} broker: replays bars through exactly the trading environment's fill model, fees and
 * slippage. Context: a {@link SessionSeries} to replay (without one, the bundled SPY January 2011 minutes) and
 * the {@link EnvConfig} (default {@link EnvConfig#defaults()}). Settings: {@code fromSession} (default 0),
 * {@code toSession} (default: all), {@code speed} ({@code max}, the default, or a multiple of real time).
 */
public final class SimulatedBroker implements Broker {
    /** The provider name. */
    public static final String NAME = "simulated";
    private static final Set<String> SETTINGS = Set.of("fromSession", "toSession", "speed");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10; // the safe default: it never reaches a real account
    }

    @Override
    public BrokerConnection connect(BrokerOptions options) {
        for (String k : options.settings().keySet()) {
            if (!SETTINGS.contains(k)) {
                throw new InvalidConfigException(k, "unknown setting '" + k + "' of the simulated broker; known: "
                        + SETTINGS);
            }
        }
        SessionSeries series = options.context(SessionSeries.class).orElseGet(BundledData::spyJanuary2011);
        if (!series.symbol().equalsIgnoreCase(options.symbol())) {
            throw new InvalidConfigException("symbol", "the replay holds " + series.symbol() + " but "
                    + options.symbol() + " was asked for");
        }
        EnvConfig env = options.context(EnvConfig.class).orElseGet(EnvConfig::defaults);
        int from = intSetting(options, "fromSession", 0);
        int to = intSetting(options, "toSession", series.sessions().size());
        return new SimulatedConnection(series, from, to, Duration.ofMinutes(1), env,
                ReplayPace.parse(options.setting("speed", "max")));
    }

    private static int intSetting(BrokerOptions options, String key, int fallback) {
        String v = options.settings().get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, key + " must be a whole number but was '" + v + "'");
        }
    }
}
