package io.deepscalper.monitoring.sink;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.RunEnd;
import io.deepscalper.api.metrics.RunStart;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingEnd;
import io.deepscalper.api.train.UpdateEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans every event out to several writers (the store, Prometheus, a user's sink). A writer that throws
 * is logged and skipped for that event, so that a broken dashboard sink cannot stop training; the
 * others still receive it. {@link #close()} closes every writer even when one fails, then rethrows the
 * first failure.
 */
public final class CompositeMetricsWriter implements MetricsWriter {
    private static final Logger LOG = LoggerFactory.getLogger(CompositeMetricsWriter.class);

    private final List<MetricsWriter> writers;

    /** @param writers the targets, in order */
    public CompositeMetricsWriter(List<? extends MetricsWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /**
     * Opens the named sinks (found with {@link Providers#byName}) in a working directory.
     *
     * @param workingDirectory where file-based sinks write
     * @param sinkNames        provider names, e.g. {@code ["sqlite", "prometheus"]}
     * @param options          per-sink options by sink name; sinks without an entry get none
     * @return a writer fanning out to all of them
     * @throws io.deepscalper.api.spi.UnknownProviderException for an unknown name (nothing stays open)
     */
    public static CompositeMetricsWriter open(Path workingDirectory, List<String> sinkNames,
                                              Map<String, ProviderOptions> options) {
        List<MetricsWriter> opened = new ArrayList<>();
        try {
            for (String name : sinkNames) {
                MetricsSink sink = Providers.byName(MetricsSink.class, name);
                opened.add(sink.open(workingDirectory, options.getOrDefault(name, ProviderOptions.empty())));
            }
        } catch (RuntimeException e) {
            for (MetricsWriter w : opened) {
                try {
                    w.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return new CompositeMetricsWriter(opened);
    }

    /** @return the targets */
    public List<MetricsWriter> writers() {
        return writers;
    }

    private void each(String what, Consumer<MetricsWriter> call) {
        for (int i = 0; i < writers.size(); i++) {
            MetricsWriter w = writers.get(i);
            try {
                call.accept(w);
            } catch (RuntimeException e) {
                LOG.warn("metrics writer {} failed on {}: {}", w.getClass().getName(), what, e.toString());
            }
        }
    }

    @Override
    public void onUpdate(UpdateEvent event, TrainingControl control) {
        for (int i = 0; i < writers.size(); i++) {
            // a plain loop, no lambda: this runs once per learner update
            try {
                writers.get(i).onUpdate(event, control);
            } catch (RuntimeException e) {
                LOG.warn("metrics writer {} failed on update {}: {}", writers.get(i).getClass().getName(),
                        event.update(), e.toString());
            }
        }
    }

    @Override
    public void onEpisode(EpisodeEvent event, TrainingControl control) {
        each("episode", w -> w.onEpisode(event, control));
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent event) {
        each("evaluation", w -> w.onEvaluation(modelVersion, event));
    }

    @Override
    public void onEvaluation(String modelVersion, long cycle, EvaluationEvent event) {
        each("evaluation", w -> w.onEvaluation(modelVersion, cycle, event));
    }

    @Override
    public void onRunStart(RunStart run) {
        each("run start", w -> w.onRunStart(run));
    }

    @Override
    public void onRunEnd(RunEnd end) {
        each("run end", w -> w.onRunEnd(end));
    }

    @Override
    public void onTrainingEnd(long step, TrainingEnd end) {
        each("training end", w -> w.onTrainingEnd(step, end));
    }

    @Override
    public void onHealth(HealthReport report) {
        each("health report", w -> w.onHealth(report));
    }

    @Override
    public void onTrigger(TriggerEvent event) {
        each("trigger event", w -> w.onTrigger(event));
    }

    @Override
    public void onAlert(AlertEvent event) {
        each("alert", w -> w.onAlert(event));
    }

    @Override
    public void onDataReport(DataReport report) {
        each("data report", w -> w.onDataReport(report));
    }

    @Override
    public void onMetric(long step, long timestampMillis, String name, double value) {
        for (int i = 0; i < writers.size(); i++) {
            try {
                writers.get(i).onMetric(step, timestampMillis, name, value);
            } catch (RuntimeException e) {
                LOG.warn("metrics writer {} failed on metric {}: {}", writers.get(i).getClass().getName(), name,
                        e.toString());
            }
        }
    }

    @Override
    public void flush() {
        each("flush", MetricsWriter::flush);
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (MetricsWriter w : writers) {
            try {
                w.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
