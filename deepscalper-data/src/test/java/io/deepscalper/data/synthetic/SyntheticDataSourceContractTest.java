package io.deepscalper.data.synthetic;

import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.testkit.DataSourceContractKit;
import java.time.Instant;
import java.util.Map;

class SyntheticDataSourceContractTest extends DataSourceContractKit {

    @Override
    protected DataSource dataSource() {
        return new SyntheticDataSource().configure(ProviderOptions.of(Map.of("seed", "7")));
    }

    @Override
    protected String knownSymbol() {
        return "SYNA";
    }

    @Override
    protected Instant rangeStart() {
        return Instant.parse("2024-03-04T14:00:00Z");
    }

    @Override
    protected Instant rangeEnd() {
        return Instant.parse("2024-03-06T21:00:00Z");
    }

    @Override
    protected Instant emptyRangeStart() {
        return Instant.parse("2024-03-09T00:00:00Z");
    }

    @Override
    protected Instant emptyRangeEnd() {
        return Instant.parse("2024-03-10T23:00:00Z");
    }
}
