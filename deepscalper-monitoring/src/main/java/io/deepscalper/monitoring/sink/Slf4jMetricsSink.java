package io.deepscalper.monitoring.sink;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.EvaluationEvent;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.UpdateEvent;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sink {@code slf4j}: one log line per episode, evaluation, trigger, alert and data report, and one per
 * {@code every} updates (default 1000) so that the log stays readable. Health reports log at WARN
 * (WARNING) or ERROR (CRITICAL); OK reports only at DEBUG. Logger name
 * {@code io.deepscalper.metrics}.
 */
public final class Slf4jMetricsSink implements MetricsSink {

    @Override
    public String name() {
        return "slf4j";
    }

    @Override
    public MetricsWriter open(Path workingDirectory, ProviderOptions options) {
        options.requireOnly(name(), Set.of("every"));
        return new Writer(options.getInt("every", 1000, 1, Integer.MAX_VALUE));
    }

    /** The writer; thread-safe as SLF4J is. */
    static final class Writer implements MetricsWriter {
        private static final Logger LOG = LoggerFactory.getLogger("io.deepscalper.metrics");
        private final int every;

        Writer(int every) {
            this.every = every;
        }

        @Override
        public void onUpdate(UpdateEvent e, TrainingControl control) {
            if (e.update() % every == 0 && LOG.isInfoEnabled()) {
                LOG.info("update {} step {}: loss {} (q {}, aux {}), grad norm {}, epsilon {}, buffer {}, lr {}",
                        e.update(), e.step(), e.loss(), e.qLoss(), e.auxLoss(), e.gradNorm(), e.epsilon(),
                        e.bufferSize(), e.learningRate());
            }
        }

        @Override
        public void onEpisode(EpisodeEvent e, TrainingControl control) {
            LOG.info("episode {} ({} {}): return {} (hindsight {}), {} trades, epsilon {}", e.episode(), e.symbol(),
                    e.session(), e.rawReturn(), e.hindsightReturn(), e.trades(), e.epsilon());
        }

        @Override
        public void onEvaluation(String modelVersion, EvaluationEvent e) {
            LOG.info("evaluation of {} on {} {}..{} at step {}: {}", modelVersion == null ? "training model"
                    : modelVersion, e.split(), e.from(), e.to(), e.step(), e.metrics());
        }

        @Override
        public void onHealth(HealthReport r) {
            if (r.severity() == HealthSeverity.CRITICAL) {
                LOG.error("model health at step {}: {}", r.step(), r.summary());
            } else if (r.severity() == HealthSeverity.WARNING) {
                LOG.warn("model health at step {}: {}", r.step(), r.summary());
            } else {
                LOG.debug("model health at step {}: OK", r.step());
            }
        }

        @Override
        public void onTrigger(TriggerEvent e) {
            LOG.info("trigger {} {}: {} -> {}", e.trigger(), e.fired() ? "fired" : "did not fire", e.reason(),
                    e.action());
        }

        @Override
        public void onAlert(AlertEvent e) {
            LOG.warn("{} alert on {} at step {}: {}", e.kind(), e.metric(), e.step(), e.message());
        }

        @Override
        public void onDataReport(DataReport r) {
            if (r.passed()) {
                LOG.info("{} report for {} {}..{}: passed {}", r.kind(), r.symbol(), r.from(), r.to(), r.metrics());
            } else {
                LOG.warn("{} report for {} {}..{}: FAILED {} {}", r.kind(), r.symbol(), r.from(), r.to(),
                        r.findings(), r.metrics());
            }
        }
    }
}
