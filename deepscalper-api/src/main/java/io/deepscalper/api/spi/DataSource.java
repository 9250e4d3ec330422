package io.deepscalper.api.spi;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A source of OHLCV bars: files, a simulator or a web API. Implementations register in
 * {@code META-INF/services/io.deepscalper.api.spi.DataSource} and are found with
 * {@code Providers.byName(DataSource.class, "csv")}.
 *
 * <h2>Configuration</h2>
 * ServiceLoader needs a public no-arg constructor, so the instance it creates is a <em>default-configured
 * prototype</em> shared by every caller (it is cached by {@link Providers}). Settings such as a data
 * directory, a base URL or a seed are applied with {@link #configure(ProviderOptions)}, which returns a
 * new, independent instance and never changes the prototype:
 * <pre>{@code
 * DataSource csv = Providers.byName(DataSource.class, "csv")
 *         .configure(ProviderOptions.parse(List.of("dir=/data/bars")));
 * }</pre>
 * An option the provider does not know fails with the list of the options it does know.
 *
 * <h2>Errors</h2>
 * {@link #fetch} throws {@link DataSourceException} subclasses: {@link UnknownSymbolException} and
 * {@link UnsupportedIntervalException} (permanent, do not retry), {@link TransientDataSourceException}
 * (retry later) and {@link PermanentDataSourceException} (everything else that retrying will not fix).
 *
 * <h2>Contract</h2>
 * Implementations must be thread-safe. Every returned bar starts in {@code [from, to)}; bars are
 * strictly increasing in time (a {@link BarSeries} guarantees it); a range with no trading returns an
 * empty series, not an error. The provider test kit in core's test-jar
 * ({@code io.deepscalper.testkit.DataSourceContractKit}) checks these rules for any implementation.
 */
public interface DataSource extends Provider {

    /** @return the bar intervals {@link #fetch} accepts */
    Set<BarInterval> supportedIntervals();

    /**
     * Fetches the bars of {@code symbol} whose start lies in {@code [from, to)}.
     *
     * @param symbol   ticker, e.g. {@code SPY}
     * @param interval one of {@link #supportedIntervals()}
     * @param from     inclusive start
     * @param to       exclusive end, after {@code from}
     * @return the bars, possibly empty
     * @throws UnknownSymbolException       when the source has no such symbol
     * @throws UnsupportedIntervalException when {@code interval} is not supported
     * @throws TransientDataSourceException when a retry later may succeed
     * @throws PermanentDataSourceException when it will not
     * @throws IllegalArgumentException     when {@code from} is not before {@code to}
     */
    BarSeries fetch(String symbol, BarInterval interval, Instant from, Instant to);

    /**
     * Reports the span of bars this source holds for {@code symbol}, so that a simulated clock can start where
     * the data starts. The default is unknown (empty): sources such as web APIs cannot say it cheaply.
     *
     * @param symbol   ticker
     * @param interval one of {@link #supportedIntervals()}
     * @return the span, or empty when unknown or when there are no bars
     * @throws UnknownSymbolException when the source knows it has no such symbol
     */
    default Optional<AvailableRange> availableRange(String symbol, BarInterval interval) {
        return Optional.empty();
    }

    /**
     * Returns a new instance with the given settings; this instance is unchanged. The default accepts
     * only empty options.
     *
     * @throws io.deepscalper.api.config.InvalidConfigException when an option is unknown or its value is invalid
     */
    default DataSource configure(ProviderOptions options) {
        options.requireOnly(name(), optionNames());
        return this;
    }

    /** @return the names of the options {@link #configure} accepts, for help texts */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * Checks the common fetch arguments, for implementations.
     *
     * @throws UnsupportedIntervalException when {@code interval} is not supported
     * @throws IllegalArgumentException     when the range is empty or the symbol blank
     */
    default void checkFetchArguments(String symbol, BarInterval interval, Instant from, Instant to) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (interval == null || !supportedIntervals().contains(interval)) {
            throw new UnsupportedIntervalException(name(), interval, supportedIntervals());
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("fetch range must satisfy from < to but was [" + from + ", " + to + ")");
        }
    }
}
