package io.deepscalper.monitoring.health;

import io.deepscalper.api.health.HealthReport;
import io.deepscalper.api.nn.QNetwork;
import io.deepscalper.api.train.TrainingControl;
import io.deepscalper.api.train.TrainingListener;
import io.deepscalper.api.train.UpdateEvent;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model-health listener. Every {@link HealthConfig#checkEveryUpdates()} updates it runs a full check:
 * gradient and weight norms from the update event plus activation statistics of the network on a fixed
 * probe batch. On every update it also looks, without allocating, for NaN/Inf and exploding gradients,
 * and checks at once when it sees them. Each report goes to the consumer (e.g. a
 * {@code MetricsWriter::onHealth}); a critical one also asks the trainer to roll back or stop, as
 * configured. After a critical report no further requests are made (the trainer is already stopping).
 *
 * <p>Runs on the training thread, between updates, so reading the network is safe.
 */
public final class ModelHealthMonitor implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(ModelHealthMonitor.class);

    private final HealthConfig config;
    private final HealthAnalyzer analyzer;
    private final QNetwork network;
    private final float[] probe;
    private final int probeRows;
    private final Consumer<HealthReport> reports;
    private HealthReport last;
    private int explosionStreak;
    private boolean actedOnCritical;

    /**
     * @param config    thresholds and the critical action
     * @param network   the network being trained, for activation statistics; null to skip them
     * @param probe     row-major {@code [probeRows, inputSize]} fixed observations (e.g. the first rows of the
     *                  training data); ignored when {@code network} is null
     * @param probeRows rows in {@code probe}
     * @param reports   receives every report
     */
    public ModelHealthMonitor(HealthConfig config, QNetwork network, float[] probe, int probeRows,
                              Consumer<HealthReport> reports) {
        this.config = Objects.requireNonNull(config, "config");
        this.analyzer = new HealthAnalyzer(config);
        this.network = network;
        this.reports = Objects.requireNonNull(reports, "reports");
        if (network != null) {
            int in = network.config().inputSize();
            if (probeRows < 1 || probe == null || probe.length != (long) probeRows * in) {
                throw new IllegalArgumentException("probe batch must hold probeRows x inputSize = " + probeRows + " x "
                        + in + " values but holds " + (probe == null ? "nothing" : probe.length));
            }
            this.probe = probe.clone();
        } else {
            this.probe = null;
        }
        this.probeRows = probeRows;
    }

    @Override
    public void onUpdate(UpdateEvent e, TrainingControl control) {
        explosionStreak = analyzer.exploded(e) ? explosionStreak + 1 : 0;
        boolean scheduled = e.update() % config.checkEveryUpdates() == 0;
        if (!scheduled && !analyzer.needsImmediateCheck(e)) {
            return;
        }
        check(e, control);
    }

    /**
     * Runs a full check now.
     *
     * @return the report (also handed to the consumer)
     */
    public HealthReport check(UpdateEvent e, TrainingControl control) {
        Map<String, float[]> acts = network == null ? null : network.activations(probe, probeRows);
        HealthReport r = analyzer.analyze(e, acts, probeRows, System.currentTimeMillis(),
                Math.max(explosionStreak, analyzer.exploded(e) ? 1 : 0));
        last = r;
        reports.accept(r);
        if (r.isCritical() && !actedOnCritical) {
            actedOnCritical = true;
            String reason = "model health " + r.summary() + " at step " + r.step();
            LOG.error("{}; action: {}", reason, config.onCritical());
            switch (config.onCritical()) {
                case ROLLBACK -> control.requestRollback(reason);
                case STOP -> control.requestStop(reason);
                case NONE -> {
                }
            }
        }
        return r;
    }

    /** @return the latest report, or null before the first check */
    public HealthReport lastReport() {
        return last;
    }
}
