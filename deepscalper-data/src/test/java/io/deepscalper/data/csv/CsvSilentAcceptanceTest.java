package io.deepscalper.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.PermanentDataSourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the csv source used to accept without a word, each now a specific error naming the file
 * (issue 15 item 5). The reader's own per-row rules are covered by {@code BarCsvReaderTest}.
 */
class CsvSilentAcceptanceTest {
    private static final Instant FROM = Instant.parse("2011-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2011-02-02T00:00:00Z");
    private static final String HEADER = "timestamp,symbol,open,high,low,close,volume\n";
    private static final String ROW1 = "2011-01-03T09:30:00-05:00,SPY,126.0,126.5,125.9,126.2,1000\n";
    private static final String ROW2 = "2011-01-03T09:31:00-05:00,SPY,126.2,126.4,126.0,126.3,900\n";

    @TempDir
    Path dir;

    private DataSource source(BarInterval interval) {
        return new CsvDataSource(Optional.of(dir), interval);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aValidFileIsAccepted() throws IOException {
        write("SPY.csv", HEADER + ROW1 + ROW2);
        assertThat(source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO).size()).isEqualTo(2);
        // a header-only file holds no bars and says nothing wrong
        write("SPY_2011-02.csv", HEADER);
        assertThat(source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO).size()).isEqualTo(2);
    }

    @Test
    void rowsWhoseSymbolDiffersOnlyInCaseAreRefused() throws IOException {
        write("SPY.csv", HEADER + ROW1.replace(",SPY,", ",spy,") + ROW2.replace(",SPY,", ",spy,"));
        assertThatThrownBy(() -> source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("SPY.csv")
                .hasMessageContaining("'spy'").hasMessageContaining("case");
        write("SPY.csv", HEADER + ROW1 + ROW2.replace(",SPY,", ",Spy,"));
        assertThatThrownBy(() -> source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("'Spy'");
    }

    @Test
    void aFileWithoutARowOfItsSymbolIsRefused() throws IOException {
        write("SPY.csv", HEADER + ROW1.replace(",SPY,", ",QQQ,"));
        assertThatThrownBy(() -> source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("named for SPY")
                .hasMessageContaining("[QQQ]");
    }

    @Test
    void barsOffTheIntervalGridAreRefused() throws IOException {
        write("SPY.csv", HEADER + ROW1 + ROW2.replace("09:31:00", "09:31:17"));
        assertThatThrownBy(() -> source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("off the 1m grid");
        write("SPY.csv", HEADER + ROW1.replace("09:30:00", "09:30:17") + ROW2.replace("09:31:00", "09:31:17"));
        assertThatThrownBy(() -> source(BarInterval.ONE_MINUTE).fetch("SPY", BarInterval.ONE_MINUTE, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("whole minute");
        // 1-minute bars read as a 5-minute file
        write("SPY.csv", HEADER + ROW1 + ROW2);
        assertThatThrownBy(() -> source(BarInterval.FIVE_MINUTES).fetch("SPY", BarInterval.FIVE_MINUTES, FROM, TO))
                .isInstanceOf(PermanentDataSourceException.class).hasMessageContaining("off the 5m grid");
    }
}
