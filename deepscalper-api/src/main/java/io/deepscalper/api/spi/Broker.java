package io.deepscalper.api.spi;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerOptions;

/**
 * A broker for paper trading, found with {@link java.util.ServiceLoader} like every plug-in: a factory whose
 * {@link #connect} returns a {@link BrokerConnection} holding all the state (the provider is a shared
 * singleton). Built in (deepscalper-paper): {@code simulated} (replays bars through the trading
 * environment's own fill model) and {@code alpaca} (Alpaca's paper-trading REST API).
 */
public interface Broker extends Provider {

    /**
     * Connects.
     *
     * @param options the symbol, the provider's settings, the environment holding any keys, in-process context
     * @return an open connection
     * @throws io.deepscalper.api.broker.BrokerException       when the broker cannot be reached or refuses
     * @throws io.deepscalper.api.config.InvalidConfigException when a setting is missing or invalid
     */
    BrokerConnection connect(BrokerOptions options);
}
