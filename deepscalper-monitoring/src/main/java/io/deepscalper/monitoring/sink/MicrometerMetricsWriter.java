package io.deepscalper.monitoring.sink;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.UpdateEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes metric events as Micrometer meters. Names are dot-separated ({@code deepscalper.train.loss});
 * the registry turns them into its own convention (Prometheus: {@code deepscalper_train_loss}). Tags are
 * low-cardinality only: {@code split}, {@code severity}, {@code kind}, {@code trigger}, {@code fired},
 * {@code symbol}; never a step, a date or a version id.
 *
 * <ul>
 *   <li>gauges of the latest update: {@code deepscalper.train.loss|q_loss|aux_loss|epsilon|buffer_size|
 *       learning_rate|grad_norm}, {@code deepscalper.train.step};</li>
 *   <li>{@code deepscalper.train.updates} counter and {@code deepscalper.train.update.time} timer;</li>
 *   <li>{@code deepscalper.train.episodes} counter, {@code deepscalper.train.episode.return} and
 *       {@code .hindsight_return} summaries and latest-value gauges;</li>
 *   <li>{@code deepscalper.eval.<metric>} gauges tagged {@code split};</li>
 *   <li>{@code deepscalper.health.severity} gauge (0 OK, 1 WARNING, 2 CRITICAL) and
 *       {@code deepscalper.health.reports} counter tagged {@code severity};</li>
 *   <li>{@code deepscalper.alerts} counter tagged {@code kind, severity}; {@code deepscalper.triggers}
 *       counter tagged {@code trigger, fired}; {@code deepscalper.data.reports} counter tagged
 *       {@code kind, passed};</li>
 *   <li>{@code deepscalper.custom.<name>} gauges for metric providers' values.</li>
 * </ul>
 * Thread-safe (Micrometer meters are).
 */
public final class MicrometerMetricsWriter implements MetricsWriter {
    /**
     * Gauge values per registry, shared by every writer on that registry: Micrometer keeps the first
     * gauge registered under a name, so a second writer (the next retraining cycle) must update the
     * same holder or its values would never be seen. Weak keys let a closed registry go.
     */
    private static final Map<MeterRegistry, Map<String, AtomicDoubleBits>> HOLDERS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final MeterRegistry registry;
    private final Map<String, AtomicDoubleBits> gauges;
    private final Counter updates;
    private final Counter episodes;
    private final Timer updateTime;
    private final DistributionSummary episodeReturn;
    private final DistributionSummary episodeHindsight;
    private final AtomicDoubleBits step;
    private final AtomicDoubleBits loss;
    private final AtomicDoubleBits qLoss;
    private final AtomicDoubleBits auxLoss;
    private final AtomicDoubleBits epsilon;
    private final AtomicDoubleBits bufferSize;
    private final AtomicDoubleBits learningRate;
    private final AtomicDoubleBits gradNorm;

    /** @param registry where the meters are registered (e.g. a {@code PrometheusMeterRegistry}) */
    public MicrometerMetricsWriter(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.gauges = HOLDERS.computeIfAbsent(registry, r -> new ConcurrentHashMap<>());
        updates = Counter.builder("deepscalper.train.updates").description("learner updates").register(registry);
        episodes = Counter.builder("deepscalper.train.episodes").description("finished training episodes")
                .register(registry);
        updateTime = Timer.builder("deepscalper.train.update.time").description("wall time of a learner update")
                .register(registry);
        episodeReturn = DistributionSummary.builder("deepscalper.train.episode.return")
                .description("episode return on raw reward, per unit of initial equity").register(registry);
        episodeHindsight = DistributionSummary.builder("deepscalper.train.episode.hindsight_return")
                .description("episode return on hindsight-shaped reward").register(registry);
        // per-update gauges are resolved once, so that onUpdate allocates nothing
        step = holder("deepscalper.train.step", Tags.empty());
        loss = holder("deepscalper.train.loss", Tags.empty());
        qLoss = holder("deepscalper.train.q_loss", Tags.empty());
        auxLoss = holder("deepscalper.train.aux_loss", Tags.empty());
        epsilon = holder("deepscalper.train.epsilon", Tags.empty());
        bufferSize = holder("deepscalper.train.buffer_size", Tags.empty());
        learningRate = holder("deepscalper.train.learning_rate", Tags.empty());
        gradNorm = holder("deepscalper.train.grad_norm", Tags.empty());
    }

    /** @return the registry the meters live in */
    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public void onUpdate(UpdateEvent e, TrainingControl control) {
        updates.increment();
        updateTime.record(e.wallTimeNanos(), TimeUnit.NANOSECONDS);
        step.set(e.step());
        loss.set(e.loss());
        qLoss.set(e.qLoss());
        auxLoss.set(e.auxLoss());
        epsilon.set(e.epsilon());
        bufferSize.set(e.bufferSize());
        learningRate.set(e.learningRate());
        gradNorm.set(e.gradNorm());
    }

    @Override
    public void onEpisode(EpisodeEvent e, TrainingControl control) {
        episodes.increment();
        if (Double.isFinite(e.rawReturn())) {
            episodeReturn.record(e.rawReturn());
        }
        if (Double.isFinite(e.hindsightReturn())) {
            episodeHindsight.record(e.hindsightReturn());
        }
        set("deepscalper.train.episode.last_return", Tags.empty(), e.rawReturn());
        set("deepscalper.train.episode.last_hindsight_return", Tags.empty(), e.hindsightReturn());
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent e) {
        Tags tags = Tags.of("split", e.split());
        for (Map.Entry<String, Double> m : e.metrics().entrySet()) {
            set("deepscalper.eval." + m.getKey(), tags, m.getValue());
        }
    }

    @Override
    public void onHealth(HealthReport r) {
        set("deepscalper.health.severity", Tags.empty(), r.severity().ordinal());
        registry.counter("deepscalper.health.reports", "severity", r.severity().name().toLowerCase()).increment();
    }

    @Override
    public void onAlert(AlertEvent e) {
        registry.counter("deepscalper.alerts", "kind", e.kind(), "severity", e.severity().name().toLowerCase())
                .increment();
    }

    @Override
    public void onTrigger(TriggerEvent e) {
        registry.counter("deepscalper.triggers", "trigger", e.trigger(), "fired", Boolean.toString(e.fired()))
                .increment();
    }

    @Override
    public void onDataReport(DataReport r) {
        registry.counter("deepscalper.data.reports", "kind", r.kind(), "passed", Boolean.toString(r.passed()))
                .increment();
    }

    @Override
    public void onMetric(long step, long timestampMillis, String name, double value) {
        set("deepscalper.custom." + name, Tags.empty(), value);
    }

    private void set(String name, Tags tags, double value) {
        holder(name, tags).set(value);
    }

    private AtomicDoubleBits holder(String name, Tags tags) {
        // the writer keeps the holders strongly reachable: Micrometer gauges only hold weak references
        return gauges.computeIfAbsent(name + tags, k -> {
            AtomicDoubleBits h = new AtomicDoubleBits();
            Gauge.builder(name, h, AtomicDoubleBits::get).tags(tags).register(registry);
            return h;
        });
    }

    /** A double in an AtomicLong: gauges read it from the scrape thread while training writes it. */
    private static final class AtomicDoubleBits {
        private final AtomicLong bits = new AtomicLong(Double.doubleToRawLongBits(Double.NaN));

        double get() {
            return Double.longBitsToDouble(bits.get());
        }

        void set(double v) {
            bits.set(Double.doubleToRawLongBits(v));
        }
    }
}
