package io.deepscalper.api.broker;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link io.deepscalper.api.spi.Broker} needs to connect.
 *
 * @param symbol      the one symbol traded
 * @param settings    provider settings by name (e.g. {@code baseUrl} for {@code alpaca}, {@code speed} for
 *                    {@code simulated}); unknown names are refused by the provider
 * @param environment where secrets come from (the process environment in production, a map in tests), so that
 *                    keys never travel through settings, files or logs
 * @param context     typed objects for in-process providers (the {@code simulated} one takes the bars to replay
 *                    and the environment's configuration from here), looked up with {@link #context(Class)}
 */
public record BrokerOptions(String symbol, Map<String, String> settings, Map<String, String> environment,
                            List<Object> context) {

    /** Copies the collections. */
    public BrokerOptions {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("broker options need the symbol to trade");
        }
        settings = Map.copyOf(settings);
        environment = Map.copyOf(environment);
        context = List.copyOf(context);
    }

    /** @return options with the process environment and no context */
    public static BrokerOptions of(String symbol, Map<String, String> settings) {
        return new BrokerOptions(symbol, settings, System.getenv(), List.of());
    }

    /** @return the first context object of {@code type} */
    public <T> Optional<T> context(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return context.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** @return the setting {@code key}, or {@code fallback} */
    public String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }
}
