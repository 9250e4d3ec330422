package io.deepscalper.monitoring.perf;

import io.deepscalper.api.health.HealthSeverity;
import io.deepscalper.api.metrics.AlertEvent;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.stats.PageHinkley;
import io.deepscalper.api.train.EvaluationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a stream of evaluation reports and raises {@link AlertEvent}s:
 * <ul>
 *   <li>{@code trend.degrading} when the Mann-Kendall test over the last {@code window} values of the
 *       watched metric turns significant at {@code alpha} in the bad direction (once per episode of
 *       degradation, not on every report);</li>
 *   <li>{@code anomaly} when the newest value's robust z against the previous values exceeds the
 *       threshold (WARNING in the bad direction, OK in the good one: a suspiciously good result can
 *       mean look-ahead in the data);</li>
 *   <li>{@code change_point} when Page-Hinkley detects a fall of the mean period return.</li>
 * </ul>
 * It is a {@link MetricsWriter}, so it can sit among the sinks and receive every evaluation; alerts go
 * to the consumer given at construction (e.g. the store's {@code logAlert}). Not thread-safe.
 *
 * <p>The trend test is repeated on every report over overlapping windows, so over a long run the
 * chance of at least one false alert is well above {@code alpha}: over 40 reports of pure noise with
 * the defaults, 61 of 200 seeded runs raised a false trend alert, 49 an anomaly and 1 a change point
 * ({@code RegressionMonitorTest}). Choose a smaller alpha, a higher z threshold or a longer
 * {@code minHistory} where false alerts are costly.
 */
public final class RegressionMonitor implements MetricsWriter {
    private static final Logger LOG = LoggerFactory.getLogger(RegressionMonitor.class);

    private final RegressionConfig config;
    private final Consumer<AlertEvent> alerts;
    private final double[] values;
    private final PageHinkley changeDetector;
    private final RollingPerformance rolling;
    private int size;
    private Trend lastTrend = Trend.STABLE;
    private TrendResult lastResult;
    private boolean warnedMissing;

    /**
     * @param config thresholds and metric names
     * @param alerts receives every alert raised
     */
    public RegressionMonitor(RegressionConfig config, Consumer<AlertEvent> alerts) {
        this.config = Objects.requireNonNull(config, "config");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.values = new double[config.window()];
        this.changeDetector = new PageHinkley(config.changeDelta(), config.changeLambda(), config.minHistory());
        this.rolling = new RollingPerformance(config.window(), 252, config.returnMetric());
    }

    @Override
    public void onEvaluation(String modelVersion, EvaluationEvent event) {
        observe(event);
    }

    /**
     * Takes one evaluation report into account.
     *
     * @return the alerts it raised (also handed to the consumer)
     */
    public List<AlertEvent> observe(EvaluationEvent event) {
        List<AlertEvent> raised = new ArrayList<>(2);
        Double v = event.metrics().get(config.metric());
        if (v == null || v.isNaN()) {
            if (!warnedMissing) {
                LOG.warn("evaluation report at step {} has no usable '{}' metric (has {}); regression checks skip it",
                        event.step(), config.metric(), event.metrics().keySet());
                warnedMissing = true;
            }
        } else {
            checkAnomaly(event, v, raised);
            push(v);
            checkTrend(event, raised);
        }
        Double r = event.metrics().get(config.returnMetric());
        if (r != null && Double.isFinite(r)) {
            rolling.add(r);
            if (changeDetector.update(r) == PageHinkley.Change.DECREASE) {
                raised.add(new AlertEvent(event.timestampMillis(), event.step(), "change_point", HealthSeverity.WARNING,
                        config.returnMetric(), r, String.format(Locale.ROOT, "Page-Hinkley detected a fall of the mean "
                        + "%s (delta=%s, lambda=%s) at step %d; consider retraining",
                        config.returnMetric(), config.changeDelta(), config.changeLambda(), event.step())));
            }
        }
        raised.forEach(alerts);
        return raised;
    }

    private void checkAnomaly(EvaluationEvent event, double v, List<AlertEvent> raised) {
        if (size < config.minHistory()) {
            return;
        }
        double z = RobustZ.score(history(), v);
        if (Math.abs(z) > config.zThreshold()) {
            boolean bad = (z < 0) == config.higherIsBetter();
            raised.add(new AlertEvent(event.timestampMillis(), event.step(), "anomaly",
                    bad ? HealthSeverity.WARNING : HealthSeverity.OK, config.metric(), v,
                    String.format(Locale.ROOT, "%s = %.4g is anomalous: robust z %.2f beyond ±%.2f against the "
                            + "previous %d reports (%s)", config.metric(), v, z, config.zThreshold(), size,
                            bad ? "worse than usual" : "better than usual; check for look-ahead")));
        }
    }

    private void checkTrend(EvaluationEvent event, List<AlertEvent> raised) {
        if (size < config.minHistory()) {
            return;
        }
        lastResult = MannKendall.test(history(), config.alpha(), config.higherIsBetter());
        if (lastResult.trend() == Trend.DEGRADING && lastTrend != Trend.DEGRADING) {
            raised.add(new AlertEvent(event.timestampMillis(), event.step(), "trend.degrading", HealthSeverity.WARNING,
                    config.metric(), lastResult.senSlope(), String.format(Locale.ROOT, "%s is degrading over the last "
                            + "%d reports: Mann-Kendall S=%d, z=%.2f, p=%.4f < alpha=%.2f, Sen slope %.4g per report",
                            config.metric(), lastResult.n(), lastResult.s(), lastResult.z(), lastResult.pValue(),
                            config.alpha(), lastResult.senSlope())));
        }
        lastTrend = lastResult.trend();
    }

    private void push(double v) {
        if (size < values.length) {
            values[size++] = v;
        } else {
            System.arraycopy(values, 1, values, 0, values.length - 1);
            values[values.length - 1] = v;
        }
    }

    private double[] history() {
        return java.util.Arrays.copyOf(values, size);
    }

    /** @return the latest trend test, or null before {@code minHistory} reports */
    public TrendResult lastTrend() {
        return lastResult;
    }

    /** @return rolling Sharpe, drawdown, win rate and profit factor of the period returns seen */
    public PerformanceWindow rollingPerformance() {
        return rolling.current();
    }
}
