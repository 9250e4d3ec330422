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
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes metric events as Micrometer meters, each with a description (Prometheus: its HELP line). Names
 * are dot-separated ({@code deepscalper.train.loss}); the registry turns them into its own convention
 * (Prometheus: {@code deepscalper_train_loss}). Tags are low-cardinality: {@code split}, {@code severity},
 * {@code kind}, {@code trigger}, {@code fired}, and {@code model_version} on the evaluation gauges, for the
 * latest {@value #MAX_VERSIONS} versions only (older versions' gauges are removed), never a step or a date.
 *
 * <ul>
 *   <li>gauges of the latest update: {@code deepscalper.train.loss|q_loss|aux_loss|epsilon|buffer_size|
 *       learning_rate|grad_norm}, {@code deepscalper.train.step};</li>
 *   <li>{@code deepscalper.train.updates} counter and {@code deepscalper.train.update.time} timer;</li>
 *   <li>{@code deepscalper.train.episodes} counter; episode returns as {@link SignedSummary signed summaries}
 *       {@code deepscalper.train.episode.return} and {@code .hindsight_return} (count, sum, last, recent mean;
 *       negative returns are kept, unlike Micrometer's {@code DistributionSummary});</li>
 *   <li>{@code deepscalper.eval.<metric>} gauges tagged {@code model_version} ({@code training} for an
 *       evaluation during training) and {@code split};</li>
 *   <li>{@code deepscalper.health.severity} gauge (0 OK, 1 WARNING, 2 CRITICAL) and
 *       {@code deepscalper.health.reports} counter tagged {@code severity};</li>
 *   <li>{@code deepscalper.alerts} counter tagged {@code kind, severity}; {@code deepscalper.triggers}
 *       counter tagged {@code trigger, fired}; {@code deepscalper.data.reports} counter tagged
 *       {@code kind, passed};</li>
 *   <li>{@code deepscalper.custom.<name>} gauges for metric providers' values.</li>
 * </ul>
 * Thread-safe (Micrometer meters are; the version bookkeeping is synchronised).
 */
public final class MicrometerMetricsWriter implements MetricsWriter {
    /** Evaluation gauges are kept for this many model versions, the most recently evaluated. */
    public static final int MAX_VERSIONS = 20;
    /** The {@code model_version} tag value of an evaluation made during training, before any version exists. */
    public static final String IN_TRAINING = "training";

    /**
     * Gauge values per registry, shared by every writer on that registry: Micrometer keeps the first
     * gauge registered under a name, so a second writer (the next retraining cycle) must update the
     * same holder or its values would never be seen. Weak keys let a closed registry go.
     */
    private static final Map<MeterRegistry, Shared> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    /** What the writers on one registry share: gauge holders, the return summaries, the versions with gauges. */
    private static final class Shared {
        final Map<String, AtomicDoubleBits> gauges = new ConcurrentHashMap<>();
        final Map<String, SignedSummary> summaries = new ConcurrentHashMap<>();
        /** Versions with evaluation gauges, least recently evaluated first, with their gauges' ids. */
        final LinkedHashMap<String, Set<Meter.Id>> versions = new LinkedHashMap<>(16, 0.75f, true);
    }

    private final MeterRegistry registry;
    private final Shared shared;
    private final Counter updates;
    private final Counter episodes;
    private final Timer updateTime;
    private final SignedSummary episodeReturn;
    private final SignedSummary episodeHindsight;
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
        this.shared = SHARED.computeIfAbsent(registry, r -> new Shared());
        updates = Counter.builder("deepscalper.train.updates").description("learner updates").register(registry);
        episodes = Counter.builder("deepscalper.train.episodes").description("finished training episodes")
                .register(registry);
        updateTime = Timer.builder("deepscalper.train.update.time").description("wall time of a learner update")
                .register(registry);
        episodeReturn = shared.summaries.computeIfAbsent("deepscalper.train.episode.return", n -> new SignedSummary(
                registry, n, "training episode return on raw reward, per unit of initial equity"));
        episodeHindsight = shared.summaries.computeIfAbsent("deepscalper.train.episode.hindsight_return",
                n -> new SignedSummary(registry, n, "training episode return on hindsight-shaped reward"));
        // per-update gauges are resolved once, so that onUpdate allocates nothing
        step = holder("deepscalper.train.step", Tags.empty(), "environment steps of the current training run");
        loss = holder("deepscalper.train.loss", Tags.empty(), "total loss of the latest learner update");
        qLoss = holder("deepscalper.train.q_loss", Tags.empty(), "TD (Q) loss of the latest learner update");
        auxLoss = holder("deepscalper.train.aux_loss", Tags.empty(),
                "auxiliary volatility-prediction loss of the latest learner update");
        epsilon = holder("deepscalper.train.epsilon", Tags.empty(), "current exploration rate");
        bufferSize = holder("deepscalper.train.buffer_size", Tags.empty(), "transitions in the replay buffer");
        learningRate = holder("deepscalper.train.learning_rate", Tags.empty(), "optimiser learning rate");
        gradNorm = holder("deepscalper.train.grad_norm", Tags.empty(),
                "global gradient L2 norm of the latest update, before clipping");
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
        episodeReturn.record(e.rawReturn());
        episodeHindsight.record(e.hindsightReturn());
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent e) {
        String version = modelVersion == null ? IN_TRAINING : modelVersion;
        Tags tags = Tags.of("model_version", version, "split", e.split());
        synchronized (shared) {
            Set<Meter.Id> ids = shared.versions.computeIfAbsent(version, v -> new HashSet<>());
            for (Map.Entry<String, Double> m : e.metrics().entrySet()) {
                String name = "deepscalper.eval." + m.getKey();
                holder(name, tags, "evaluation metric '" + m.getKey() + "' of a model version on held-out "
                        + "sessions (latest evaluation per version and split)").set(m.getValue());
                ids.add(new Meter.Id(name, tags, null, null, Meter.Type.GAUGE));
            }
            evictOldVersions();
        }
    }

    @Override
    public void onHealth(HealthReport r) {
        set("deepscalper.health.severity", Tags.empty(), r.severity().ordinal(),
                "latest model-health severity: 0 OK, 1 WARNING, 2 CRITICAL");
        Counter.builder("deepscalper.health.reports").tag("severity", r.severity().name().toLowerCase(Locale.ROOT))
                .description("model-health reports, by severity").register(registry).increment();
    }

    @Override
    public void onAlert(AlertEvent e) {
        Counter.builder("deepscalper.alerts").tags("kind", e.kind(), "severity",
                        e.severity().name().toLowerCase(Locale.ROOT))
                .description("regression, anomaly, change-point and training alerts, by kind and severity")
                .register(registry).increment();
    }

    @Override
    public void onTrigger(TriggerEvent e) {
        Counter.builder("deepscalper.triggers").tags("trigger", e.trigger(), "fired", Boolean.toString(e.fired()))
                .description("retraining-trigger evaluations, by trigger and whether it fired")
                .register(registry).increment();
    }

    @Override
    public void onDataReport(DataReport r) {
        Counter.builder("deepscalper.data.reports").tags("kind", r.kind(), "passed", Boolean.toString(r.passed()))
                .description("data-quality and drift reports, by kind and whether they passed")
                .register(registry).increment();
    }

    @Override
    public void onMetric(long step, long timestampMillis, String name, double value) {
        set("deepscalper.custom." + name, Tags.empty(), value, "custom metric '" + name
                + "' (a metric provider's or the orchestrator's latest value)");
    }

    /** Removes the evaluation gauges of the least recently evaluated versions beyond {@link #MAX_VERSIONS}. */
    private void evictOldVersions() {
        while (shared.versions.size() > MAX_VERSIONS) {
            Iterator<Map.Entry<String, Set<Meter.Id>>> eldest = shared.versions.entrySet().iterator();
            Map.Entry<String, Set<Meter.Id>> e = eldest.next();
            eldest.remove();
            for (Meter.Id id : e.getValue()) {
                Tags tags = Tags.of(id.getTagsAsIterable());
                Gauge g = registry.find(id.getName()).tags(tags).gauge();
                if (g != null) {
                    registry.remove(g);
                }
                shared.gauges.remove(key(id.getName(), tags));
            }
        }
    }

    private void set(String name, Tags tags, double value, String description) {
        holder(name, tags, description).set(value);
    }

    private AtomicDoubleBits holder(String name, Tags tags, String description) {
        // the shared map keeps the holders strongly reachable: Micrometer gauges only hold weak references
        return shared.gauges.computeIfAbsent(key(name, tags), k -> {
            AtomicDoubleBits h = new AtomicDoubleBits();
            Gauge.builder(name, h, AtomicDoubleBits::get).tags(tags).description(description).register(registry);
            return h;
        });
    }

    private static String key(String name, Tags tags) {
        return name + tags;
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
