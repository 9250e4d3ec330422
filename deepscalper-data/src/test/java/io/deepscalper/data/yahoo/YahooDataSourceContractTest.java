package io.deepscalper.data.yahoo;

import io.deepscalper.api.spi.DataSource;
import io.deepscalper.testkit.DataSourceContractKit;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class YahooDataSourceContractTest extends DataSourceContractKit {
    private static YahooStub stub;

    @BeforeAll
    static void start() {
        stub = new YahooStub();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Override
    protected DataSource dataSource() {
        return stub.source(Map.of());
    }

    @Override
    protected String knownSymbol() {
        return "AAPL";
    }

    @Override
    protected Instant rangeStart() {
        return Instant.parse("2024-10-02T13:30:00Z");
    }

    @Override
    protected Instant rangeEnd() {
        return Instant.parse("2024-10-02T20:00:00Z");
    }

    @Override
    protected Instant emptyRangeStart() {
        return Instant.parse("2025-02-01T00:00:00Z");
    }

    @Override
    protected Instant emptyRangeEnd() {
        return Instant.parse("2025-02-02T00:00:00Z");
    }
}
