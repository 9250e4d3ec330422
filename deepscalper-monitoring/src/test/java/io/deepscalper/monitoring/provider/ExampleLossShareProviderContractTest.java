package io.deepscalper.monitoring.provider;

import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.testkit.MetricProviderContractKit;

/** The example custom-metric plug-in passes the metric-provider contract. */
class ExampleLossShareProviderContractTest extends MetricProviderContractKit {
    @Override
    protected MetricProvider provider() {
        return new ExampleLossShareProvider();
    }
}
