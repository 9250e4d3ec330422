package io.deepscalper.monitoring.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.UpdateEvent;
import io.deepscalper.monitoring.provider.MetricProviderListener;
import io.deepscalper.monitoring.store.MetricPoint;
import io.deepscalper.monitoring.store.MetricsStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricProviderDiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void theExampleProviderIsFoundByServiceLoaderAndItsValuesLandInTheStore() {
        assertThat(Providers.byName(MetricProvider.class, "example")).isInstanceOf(ExampleLossShareProvider.class);
        try (MetricsStore store = MetricsStore.inWorkingDirectory(dir)) {
            MetricProviderListener listener = MetricProviderListener.discover(store);
            assertThat(listener.providers()).extracting(MetricProvider::name).contains("example");
            listener.onUpdate(new UpdateEvent(10, 1, 2.0, 1.5, 5.0, 1, 1, 3e-4, 1, Map.of(), Map.of(), 0, 100),
                    TrainingControl.NONE);
            listener.onEpisode(new EpisodeEvent(390, 1, "SPY", LocalDate.of(2024, 1, 2), 0.01, 0.03, 390, 3, 1,
                    200), TrainingControl.NONE);
            assertThat(store.metric("example.q_loss_share", 0, 1000)).containsExactly(
                    new MetricPoint(10, 100, "example.q_loss_share", 0.75));
            assertThat(store.metric("example.hindsight_bonus", 0, 1000)).singleElement()
                    .satisfies(p -> assertThat(p.value()).isCloseTo(0.02, org.assertj.core.api.Assertions.within(1e-12)));
        }
    }
}
