package io.deepscalper.monitoring.sink;

import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.testkit.MetricsSinkContractKit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/** Each built-in metrics sink passes the sink contract. */
class SinkContractTest {

    @Nested
    class Sqlite extends MetricsSinkContractKit {
        @Override
        protected MetricsSink sink() {
            return new SqliteMetricsSink();
        }

        @Override
        protected Set<String> knownOptions() {
            return Set.of("file", "batchSize", "flushIntervalMillis");
        }
    }

    @Nested
    class Csv extends MetricsSinkContractKit {
        @Override
        protected MetricsSink sink() {
            return new CsvMetricsSink();
        }

        @Override
        protected Set<String> knownOptions() {
            return Set.of("dir");
        }
    }

    @Nested
    class Slf4j extends MetricsSinkContractKit {
        @Override
        protected MetricsSink sink() {
            return new Slf4jMetricsSink();
        }

        @Override
        protected Set<String> knownOptions() {
            return Set.of("every");
        }
    }

    @Nested
    class Micrometer extends MetricsSinkContractKit {
        @Override
        protected MetricsSink sink() {
            return new MicrometerMetricsSink();
        }
    }

    @Nested
    class Prometheus extends MetricsSinkContractKit {
        @Override
        protected MetricsSink sink() {
            return new PrometheusMetricsSink();
        }

        /** Any free port, so that writers of parallel tests and of other processes do not collide. */
        @Override
        protected Map<String, String> options() {
            return Map.of("port", "0");
        }

        @Override
        protected Set<String> knownOptions() {
            return Set.of("port");
        }
    }
}
