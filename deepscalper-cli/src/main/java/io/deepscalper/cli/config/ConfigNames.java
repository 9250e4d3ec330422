package io.deepscalper.cli.config;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.continuous.ContinuousTrainingConfig;
import io.deepscalper.api.model.MetricThreshold;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.api.spi.RetrainTrigger;
import io.deepscalper.core.backtest.PerformanceReport;
import io.deepscalper.monitoring.config.PrometheusSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The names in {@code config.json} that must name something that exists, checked when the config is set
 * or saved: a misspelt metric would otherwise be accepted and then do nothing (the performance trigger
 * waiting for a metric no evaluation holds) or fail every gate.
 *
 * <ul>
 *   <li>{@code continuous.performanceMetric} and every {@code gate.criteria[i].metric}: one of
 *       {@link PerformanceReport#METRIC_NAMES}, or {@code name.SYMBOL} for a symbol of {@code data.symbols}
 *       when there are several (the evaluation holds per-symbol metrics only then); an error otherwise;</li>
 *   <li>{@code data.source}: a registered data source ({@link ProviderNames}); an error otherwise;</li>
 *   <li>{@code continuous.disabledTriggers}: the installed triggers; an unknown name is only a warning,
 *       because a trigger may be disabled before its plug-in is installed, or be added through the
 *       library API rather than ServiceLoader.</li>
 *   <li>{@code metrics.sinks} and {@code metrics.providers}: registered metric sinks and metric providers; an
 *       error otherwise. A {@code metrics.prometheus.bind} other than a loopback address is a warning.</li>
 * </ul>
 */
final class ConfigNames {
    private ConfigNames() {
    }

    /**
     * Checks every name that must exist.
     *
     * @throws InvalidConfigException naming the key, the wrong name and the valid ones
     */
    static void check(WorkdirConfig config) {
        ProviderNames.check(config);
        checkMetrics(config, Sections.CONTINUOUS);
        checkMetrics(config, Sections.GATE);
        checkMetrics(config, Sections.METRICS);
    }

    /**
     * Checks the metric names of one section: {@code continuous.performanceMetric}, or every
     * {@code gate.criteria[i].metric}; other sections hold none.
     */
    static void checkMetrics(WorkdirConfig config, ConfigSection<?> section) {
        if (section == Sections.METRICS) {
            config.section(Sections.METRICS).checkNames();
            return;
        }
        List<String> symbols = config.section(Sections.DATA).symbols();
        if (section == Sections.CONTINUOUS) {
            checkMetric("continuous.performanceMetric", config.section(Sections.CONTINUOUS).performanceMetric(),
                    symbols);
        }
        if (section != Sections.GATE) {
            return;
        }
        List<MetricThreshold> criteria = config.section(Sections.GATE).criteria();
        for (int i = 0; i < criteria.size(); i++) {
            checkMetric("gate.criteria[" + i + "].metric", criteria.get(i).metric(), symbols);
        }
    }

    /** @return one warning per disabled trigger that no installed trigger is called (none when all exist) */
    static List<String> warnings(WorkdirConfig config) {
        ContinuousTrainingConfig ct = config.section(Sections.CONTINUOUS);
        List<String> installed = Providers.names(RetrainTrigger.class);
        List<String> out = new ArrayList<>();
        for (String name : new TreeSet<>(ct.disabledTriggers())) {
            if (installed.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                out.add("warning: continuous.disabledTriggers names '" + name + "', which is no installed trigger; "
                        + "installed: " + installed + ProviderNames.closest(name, installed)
                        + " (kept, so that a trigger can be disabled before its plug-in is installed)");
            }
        }
        PrometheusSettings prometheus = config.section(Sections.METRICS).prometheus();
        if (config.section(Sections.METRICS).prometheusEnabled() && !prometheus.loopbackOnly()) {
            out.add("warning: metrics.prometheus.bind is " + prometheus.bind() + ": /metrics (no authentication) "
                    + "will be reachable from other machines, not only from this one");
        }
        return out;
    }

    private static void checkMetric(String key, String metric, List<String> symbols) {
        List<String> known = PerformanceReport.METRIC_NAMES;
        if (known.contains(metric)) {
            return;
        }
        int dot = metric.indexOf('.');
        if (dot > 0 && known.contains(metric.substring(0, dot))) {
            String symbol = metric.substring(dot + 1);
            if (symbols.size() > 1 && symbols.contains(symbol)) {
                return;
            }
            throw new InvalidConfigException(key, key + " '" + metric + "': a per-symbol metric needs a symbol of "
                    + "data.symbols " + symbols + ", and at least two of them (with one symbol the evaluation holds "
                    + "only '" + metric.substring(0, dot) + "')");
        }
        throw new InvalidConfigException(key, key + " '" + metric + "' is not a metric the evaluation produces; "
                + "metrics: " + known + (symbols.size() > 1 ? ", or one of them per symbol as name.SYMBOL" : "")
                + ProviderNames.closest(metric, known));
    }
}
