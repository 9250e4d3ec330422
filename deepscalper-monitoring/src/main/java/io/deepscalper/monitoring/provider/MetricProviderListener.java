package io.deepscalper.monitoring.provider;

import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjDoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link MetricProvider}s after each update and episode and hands their values to a
 * {@link MetricsWriter} as {@link MetricsWriter#onMetric custom metrics}. Add it to the trainer's
 * listeners. A provider that throws is logged (once at WARN, then at DEBUG) and skipped, so that a
 * plug-in bug cannot stop training. Allocates nothing per update itself.
 */
public final class MetricProviderListener implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(MetricProviderListener.class);

    private final List<MetricProvider> providers;
    private final MetricsWriter target;
    private final boolean[] warned;
    private final ObjDoubleConsumer<String> out = this::emit;
    private long step;
    private long timestampMillis;

    /**
     * @param providers the providers to run, in order
     * @param target    receives their values
     */
    public MetricProviderListener(List<? extends MetricProvider> providers, MetricsWriter target) {
        this.providers = List.copyOf(providers);
        this.target = Objects.requireNonNull(target, "target");
        this.warned = new boolean[this.providers.size()];
    }

    /** @return a listener running every {@link MetricProvider} on the classpath */
    public static MetricProviderListener discover(MetricsWriter target) {
        List<MetricProvider> found = Providers.load(MetricProvider.class);
        LOG.info("metric providers: {}", Providers.names(MetricProvider.class));
        return new MetricProviderListener(found, target);
    }

    /** @return the providers run */
    public List<MetricProvider> providers() {
        return providers;
    }

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        step = event.step();
        timestampMillis = event.timestampMillis();
        for (int i = 0; i < providers.size(); i++) {
            try {
                providers.get(i).onUpdate(event, out);
            } catch (RuntimeException e) {
                report(i, e);
            }
        }
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        step = event.step();
        timestampMillis = event.timestampMillis();
        for (int i = 0; i < providers.size(); i++) {
            try {
                providers.get(i).onEpisode(event, out);
            } catch (RuntimeException e) {
                report(i, e);
            }
        }
    }

    private void emit(String name, double value) {
        target.onMetric(step, timestampMillis, name, value);
    }

    private void report(int i, RuntimeException e) {
        String name = providers.get(i).name();
        if (!warned[i]) {
            warned[i] = true;
            LOG.warn("metric provider '{}' failed and is skipped for this event (further failures log at DEBUG)",
                    name, e);
        } else {
            LOG.debug("metric provider '{}' failed again: {}", name, e.toString());
        }
    }
}
