package io.deepscalper.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.UnknownSymbolException;
import io.deepscalper.api.spi.UnsupportedIntervalException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract tests every {@link DataSource} must pass, in the spirit of Micrometer's
 * {@code MeterRegistryCompatibilityKit}. Extend it in the provider's test sources, supply a configured
 * source and a range known to hold bars, and the tests run for that provider:
 * <pre>{@code
 * class CsvDataSourceContractTest extends DataSourceContractKit {
 *     protected DataSource dataSource() { return new CsvDataSource().configure(...); }
 *     protected String knownSymbol() { return "SPY"; }
 *     ...
 * }
 * }</pre>
 * The kit needs the source to be deterministic for the same request (a stub server serving fixed
 * bodies counts).
 */
public abstract class DataSourceContractKit {

    /** @return the configured source under test */
    protected abstract DataSource dataSource();

    /** @return a symbol the source knows */
    protected abstract String knownSymbol();

    /** @return a supported interval */
    protected BarInterval interval() {
        return BarInterval.ONE_MINUTE;
    }

    /** @return the inclusive start of a range known to hold bars for {@link #knownSymbol()} */
    protected abstract Instant rangeStart();

    /** @return the exclusive end of that range */
    protected abstract Instant rangeEnd();

    /** @return a range start in which the source has no bars (e.g. a weekend) */
    protected abstract Instant emptyRangeStart();

    /** @return the end of the empty range */
    protected abstract Instant emptyRangeEnd();

    /** @return a symbol the source certainly does not know */
    protected String unknownSymbol() {
        return "NO_SUCH_SYMBOL_XYZ";
    }

    /** @return true when the provider is registered for ServiceLoader (false for test-only sources) */
    protected boolean registeredForServiceLoader() {
        return true;
    }

    @Test
    void nameIsStableLowerCaseAndFoundByServiceLoader() {
        DataSource source = dataSource();
        assertThat(source.name()).isNotBlank().isEqualTo(source.name().toLowerCase(java.util.Locale.ROOT));
        if (registeredForServiceLoader()) {
            assertThat(Providers.names(DataSource.class)).contains(source.name());
            assertThat(Providers.byName(DataSource.class, source.name()).getClass()).isEqualTo(source.getClass());
        }
    }

    @Test
    void supportsTheIntervalUnderTest() {
        assertThat(dataSource().supportedIntervals()).isNotEmpty().contains(interval());
    }

    @Test
    void fetchReturnsOrderedBarsInsideTheRange() {
        BarSeries bars = dataSource().fetch(knownSymbol(), interval(), rangeStart(), rangeEnd());
        assertThat(bars.size()).as("bars in the known range").isPositive();
        assertThat(bars.symbol()).isEqualToIgnoringCase(knownSymbol());
        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.start(i)).isAfterOrEqualTo(rangeStart()).isBefore(rangeEnd());
            if (i > 0) {
                assertThat(bars.startEpochSecond(i)).isGreaterThan(bars.startEpochSecond(i - 1));
            }
        }
    }

    @Test
    void sameRequestGivesSameBars() {
        DataSource source = dataSource();
        assertThat(source.fetch(knownSymbol(), interval(), rangeStart(), rangeEnd()))
                .isEqualTo(source.fetch(knownSymbol(), interval(), rangeStart(), rangeEnd()));
    }

    @Test
    void subRangeIsASliceOfTheFullRange() {
        DataSource source = dataSource();
        BarSeries all = source.fetch(knownSymbol(), interval(), rangeStart(), rangeEnd());
        Instant mid = all.start(all.size() / 2);
        BarSeries tail = source.fetch(knownSymbol(), interval(), mid, rangeEnd());
        assertThat(tail).isEqualTo(all.slice(all.size() / 2, all.size()));
    }

    @Test
    void rangeWithoutTradingIsEmptyNotAnError() {
        assertThat(dataSource().fetch(knownSymbol(), interval(), emptyRangeStart(), emptyRangeEnd()).isEmpty())
                .isTrue();
    }

    @Test
    void unknownSymbolFailsWithUnknownSymbolException() {
        assertThatThrownBy(() -> dataSource().fetch(unknownSymbol(), interval(), rangeStart(), rangeEnd()))
                .isInstanceOf(UnknownSymbolException.class)
                .hasMessageContaining(unknownSymbol())
                .satisfies(e -> assertThat(((UnknownSymbolException) e).isTransient()).isFalse());
    }

    @Test
    void unsupportedIntervalFailsListingTheSupportedOnes() {
        BarInterval odd = new BarInterval(Duration.ofSeconds(7));
        assertThat(dataSource().supportedIntervals()).doesNotContain(odd);
        assertThatThrownBy(() -> dataSource().fetch(knownSymbol(), odd, rangeStart(), rangeEnd()))
                .isInstanceOf(UnsupportedIntervalException.class)
                .hasMessageContaining("7s").hasMessageContaining(interval().toString());
    }

    @Test
    void emptyOrReversedRangeIsRejected() {
        assertThatThrownBy(() -> dataSource().fetch(knownSymbol(), interval(), rangeEnd(), rangeStart()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from < to");
    }

    @Test
    void unknownOptionIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> dataSource().configure(ProviderOptions.of(Map.of("no_such_option", "1"))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("no_such_option");
    }

    @Test
    void serviceLoaderPrototypeIsNotChangedByConfigure() {
        if (!registeredForServiceLoader()) {
            return;
        }
        DataSource prototype = Providers.byName(DataSource.class, dataSource().name());
        DataSource configured = dataSource();
        assertThat(configured).isNotSameAs(prototype);
    }
}
