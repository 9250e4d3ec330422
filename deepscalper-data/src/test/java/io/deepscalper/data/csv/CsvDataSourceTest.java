package io.deepscalper.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.AvailableRange;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.PermanentDataSourceException;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.UnknownSymbolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataSourceTest {
    private static final Instant FROM = Instant.parse("2011-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2011-02-02T00:00:00Z");
    @TempDir
    Path dir;

    private DataSource source() {
        return Providers.byName(DataSource.class, "csv").configure(ProviderOptions.of(Map.of("dir", dir.toString())));
    }

    @Test
    void manyFilesPlainAndGzippedMergeIntoTheOriginalSeries() throws IOException {
        CsvFixtures.writeSplitSpy(dir);
        BarSeries merged = source().fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO);
        assertThat(merged).isEqualTo(CsvFixtures.SPY);
        assertThat(merged.size()).isEqualTo(14_180);
    }

    @Test
    void theAvailableRangeIsTheFilesFirstAndLastBar() throws IOException {
        CsvFixtures.writeSplitSpy(dir);
        BarSeries all = source().fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO);
        assertThat(source().availableRange("SPY", BarInterval.ONE_MINUTE)).contains(
                new AvailableRange(all.start(0), all.start(all.size() - 1)));
        assertThatThrownBy(() -> source().availableRange("QQQ", BarInterval.ONE_MINUTE))
                .isInstanceOf(UnknownSymbolException.class);
        DataSource unknown = Providers.byName(DataSource.class, "synthetic");
        assertThat(unknown.availableRange("SYN", BarInterval.ONE_MINUTE)).as("the default: unknown").isEmpty();
    }

    @Test
    void withoutDirTheBundledSpyIsServed() {
        DataSource bundled = Providers.byName(DataSource.class, "csv");
        assertThat(bundled.fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO).size()).isEqualTo(14_180);
        assertThatThrownBy(() -> bundled.fetch("QQQ", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("dir=");
    }

    @Test
    void malformedFileFailsWithTheLineNumber() throws IOException {
        Files.writeString(dir.resolve("SPY.csv"), "timestamp,symbol,open,high,low,close,volume\n"
                + "2011-01-03T09:30:00-05:00,SPY,126.0,126.5,125.9,126.2,1000\n"
                + "2011-01-03T09:31:00-05:00,SPY,126.2,NaN,125.9,126.2,1000\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> source().fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class)
                .hasMessageContaining("SPY.csv").hasMessageContaining("line 3");
    }

    @Test
    void filesThatDisagreeOnABarAreRejected() throws IOException {
        BarSeries spy = CsvFixtures.SPY.slice(0, 100);
        CsvFixtures.write(dir.resolve("SPY_a.csv"), spy, false);
        BarSeries changed = BarSeries.of("SPY", new long[] {spy.startEpochSecond(50)}, new double[] {spy.open(50)},
                new double[] {spy.high(50) + 1}, new double[] {spy.low(50)}, new double[] {spy.close(50)},
                new double[] {spy.volume(50)});
        CsvFixtures.write(dir.resolve("SPY_b.csv"), changed, false);
        assertThatThrownBy(() -> source().fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("disagree");
    }

    @Test
    void missingDirectoryAndBadIntervalAreConfigErrors() {
        assertThatThrownBy(() -> new CsvDataSource().configure(ProviderOptions.of(Map.of("dir",
                dir.resolve("nope").toString())))).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> new CsvDataSource().configure(ProviderOptions.of(Map.of("interval", "1x"))))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("interval");
    }

    @Test
    void unknownSymbolListsTheSymbolsPresent() throws IOException {
        CsvFixtures.writeSplitSpy(dir);
        assertThatThrownBy(() -> source().fetch("QQQ", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(UnknownSymbolException.class).hasMessageContaining("[SPY]");
    }
}
