package io.deepscalper.data.csv;

import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.testkit.DataSourceContractKit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class CsvDataSourceContractTest extends DataSourceContractKit {
    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        CsvFixtures.writeSplitSpy(dir);
    }

    @Override
    protected DataSource dataSource() {
        return new CsvDataSource().configure(ProviderOptions.of(Map.of("dir", dir.toString())));
    }

    @Override
    protected String knownSymbol() {
        return "SPY";
    }

    @Override
    protected Instant rangeStart() {
        return Instant.parse("2011-01-03T00:00:00Z");
    }

    @Override
    protected Instant rangeEnd() {
        return Instant.parse("2011-02-02T00:00:00Z");
    }

    @Override
    protected Instant emptyRangeStart() {
        return Instant.parse("2011-01-08T12:00:00Z");
    }

    @Override
    protected Instant emptyRangeEnd() {
        return Instant.parse("2011-01-09T12:00:00Z");
    }
}
