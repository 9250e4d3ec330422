package io.deepscalper.cli.wiring;

import io.deepscalper.cli.config.SourceConfig;
import io.deepscalper.core.spi.DataSource;
import io.deepscalper.core.spi.DataSourceOptions;
import io.deepscalper.core.spi.Providers;
import java.time.Clock;
import java.time.Duration;

/** Opens the data feed of the configured source. */
public final class Feeds {
    private Feeds() {
    }

    /**
     * @return a feed of {@code source}'s provider (unknown names fail with the list of available ones)
     */
    public static SourceFeed open(SourceConfig source, Clock clock) {
        DataSource ds = Providers.byName(DataSource.class, source.name())
                .configure(DataSourceOptions.of(source.options()));
        return new SourceFeed(ds, source.symbols(), Duration.ofDays(source.historyDays()), clock);
    }
}
