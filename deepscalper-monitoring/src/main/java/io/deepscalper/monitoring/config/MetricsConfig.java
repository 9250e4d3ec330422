package io.deepscalper.monitoring.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.spi.MetricsSink;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.monitoring.perf.RegressionConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a trainer's metrics go and what watches them: the {@code metrics} section of {@code config.json}.
 *
 * @param sinks      metric sinks by provider name ({@link MetricsSink}), e.g. {@code [sqlite, prometheus]}
 *                   ({@code config --set metrics.sinks=sqlite,prometheus}). The {@code sqlite} store
 *                   ({@code metrics.db}) is always written, because {@code status}, {@code metrics} and the dashboard
 *                   read it; naming it is allowed
 * @param prometheus the {@code prometheus} sink's endpoint (used only when that sink is listed)
 * @param providers  {@link MetricProvider} plug-ins to run after every update and episode, by name; empty for none
 * @param alerts     whether the regression monitor watches the champion's evaluations and raises trend, anomaly and
 *                   change-point alerts (stored, counted in Prometheus)
 * @param regression the regression monitor's thresholds
 */
public record MetricsConfig(List<String> sinks, PrometheusSettings prometheus, List<String> providers, boolean alerts,
                            RegressionConfig regression) {
    /** The sink that is always on. */
    public static final String STORE = "sqlite";

    /** Normalises the names (trimmed, lower case, comma-separated entries split) and refuses blanks and repeats. */
    public MetricsConfig {
        sinks = names("metrics.sinks", ConfigChecks.notNull("metrics.sinks", sinks, "a list of sink names"));
        ConfigChecks.notNull("metrics.prometheus", prometheus, "an object with port and bind");
        providers = names("metrics.providers",
                ConfigChecks.notNull("metrics.providers", providers, "a list of metric provider names"));
        ConfigChecks.notNull("metrics.regression", regression, "the regression monitor's settings");
    }

    /** Binds the section, with any key left out at its default. */
    @JsonCreator
    static MetricsConfig json(
            @JsonProperty("sinks") List<String> sinks, @JsonProperty("prometheus") PrometheusSettings prometheus,
            @JsonProperty("providers") List<String> providers,
            @JsonProperty("alerts") Boolean alerts, @JsonProperty("regression") RegressionConfig regression) {
        MetricsConfig d = defaults();
        return new MetricsConfig(sinks == null ? d.sinks : sinks, prometheus == null ? d.prometheus : prometheus,
                providers == null ? d.providers : providers, alerts == null ? d.alerts : alerts,
                regression == null ? d.regression : regression);
    }

    /** @return the store only, Prometheus at its default port if enabled, no providers, no alerts */
    public static MetricsConfig defaults() {
        return new MetricsConfig(List.of(STORE), PrometheusSettings.defaults(), List.of(), false,
                RegressionConfig.defaults());
    }

    /** @return the sinks to open besides the always-on store, in order */
    public List<String> extraSinks() {
        return sinks.stream().filter(s -> !s.equals(STORE)).toList();
    }

    /** @return true when the {@code prometheus} sink is listed */
    public boolean prometheusEnabled() {
        return sinks.contains("prometheus");
    }

    /**
     * Checks every sink and provider name against the providers found on the classpath (ServiceLoader).
     *
     * @throws InvalidConfigException naming the key, the unknown name and the known ones
     */
    public void checkNames() {
        check("metrics.sinks", sinks, Providers.names(MetricsSink.class), "metric sink");
        check("metrics.providers", providers, Providers.names(MetricProvider.class), "metric provider");
    }

    /** @return a copy with other sinks */
    public MetricsConfig withSinks(List<String> v) {
        return new MetricsConfig(v, prometheus, providers, alerts, regression);
    }

    /** @return a copy with another Prometheus endpoint */
    public MetricsConfig withPrometheus(PrometheusSettings v) {
        return new MetricsConfig(sinks, v, providers, alerts, regression);
    }

    /** @return a copy with other providers */
    public MetricsConfig withProviders(List<String> v) {
        return new MetricsConfig(sinks, prometheus, v, alerts, regression);
    }

    /** @return a copy with alerts on or off */
    public MetricsConfig withAlerts(boolean v) {
        return new MetricsConfig(sinks, prometheus, providers, v, regression);
    }

    private static void check(String key, List<String> given, List<String> known, String what) {
        for (String name : given) {
            if (known.stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
                throw new InvalidConfigException(key, key + ": '" + name + "' is not a registered " + what
                        + "; registered: " + known);
            }
        }
    }

    private static List<String> names(String key, List<String> given) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : given) {
            if (entry == null) {
                throw ConfigChecks.invalid(key, null, "a list of names");
            }
            for (String part : entry.split(",")) {
                String name = part.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    throw ConfigChecks.invalid(key, "'" + entry + "'", "a list of non-blank names");
                }
                if (!out.add(name)) {
                    throw ConfigChecks.invalid(key, "'" + name + "' twice", "a list of different names");
                }
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
