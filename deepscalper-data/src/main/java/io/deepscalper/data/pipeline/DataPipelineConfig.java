package io.deepscalper.data.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.deepscalper.api.config.ConfigChecks;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.spi.ProviderOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The data pipeline's configuration: immutable, validated on construction, JSON through Jackson
 * (missing fields take the defaults below, unknown fields are rejected).
 *
 * @param symbols               tickers to keep up to date, at least one, no repeats (default {@code [SPY]})
 * @param updateIntervalMinutes minutes between scheduled updates, 1..1440 (default 5)
 * @param lookbackDays          calendar days of bars kept and fetched on a first run, 1..3650 (default 30)
 * @param maxCacheMb            bound on the bar cache's size on disk, in MB, >= 1 (default 512)
 * @param qualityThreshold      minimum quality score for a batch to be used for training, [0, 1] (default 0.95)
 * @param intervals             bar intervals to keep, at least one; the first is the training interval
 *                              (default {@code [1m]})
 * @param source                the {@code DataSource} provider's name (default {@code synthetic})
 * @param sourceOptions         options for that provider (default none)
 */
public record DataPipelineConfig(List<String> symbols, int updateIntervalMinutes, int lookbackDays, long maxCacheMb,
                                 double qualityThreshold, List<BarInterval> intervals, String source,
                                 ProviderOptions sourceOptions) {
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9^=\\-][A-Za-z0-9.^=\\-]{0,31}");

    /** Validates every field; messages name the key ({@code data.<field>}), the value and what is allowed. */
    public DataPipelineConfig {
        ConfigChecks.require(symbols != null && !symbols.isEmpty(), "data.symbols", symbols,
                "a list of at least one ticker, e.g. [\"SPY\"]");
        HashSet<String> seen = new HashSet<>();
        for (String s : symbols) {
            ConfigChecks.require(s != null && SYMBOL.matcher(s).matches(), "data.symbols", "'" + s + "'",
                    "tickers of 1 to 32 of A-Z a-z 0-9 . ^ = - that do not start with '.'");
            ConfigChecks.require(seen.add(s), "data.symbols", symbols, "a list without repeats ('" + s + "' is listed twice)");
        }
        symbols = List.copyOf(symbols);
        ConfigChecks.inRange("data.updateIntervalMinutes", updateIntervalMinutes, 1, 1440);
        ConfigChecks.inRange("data.lookbackDays", lookbackDays, 1, 3650);
        ConfigChecks.atLeast("data.maxCacheMb", maxCacheMb, 1);
        ConfigChecks.inRange("data.qualityThreshold", qualityThreshold, 0, 1);
        ConfigChecks.require(intervals != null && !intervals.isEmpty() && intervals.stream().noneMatch(Objects::isNull)
                        && new HashSet<>(intervals).size() == intervals.size(), "data.intervals", intervals,
                "a list of distinct intervals, at least one, e.g. [\"1m\"]");
        intervals = List.copyOf(intervals);
        ConfigChecks.require(source != null && !source.isBlank(), "data.source", source,
                "the name of a data source, e.g. synthetic, csv or yahoo");
        sourceOptions = sourceOptions == null ? ProviderOptions.empty() : sourceOptions;
    }

    /** Reads JSON; absent fields take the documented defaults. */
    @JsonCreator
    static DataPipelineConfig fromJson(@JsonProperty("symbols") List<String> symbols,
                                       @JsonProperty("updateIntervalMinutes") Integer updateIntervalMinutes,
                                       @JsonProperty("lookbackDays") Integer lookbackDays,
                                       @JsonProperty("maxCacheMb") Long maxCacheMb,
                                       @JsonProperty("qualityThreshold") Double qualityThreshold,
                                       @JsonProperty("intervals") List<BarInterval> intervals,
                                       @JsonProperty("source") String source,
                                       @JsonProperty("sourceOptions") ProviderOptions sourceOptions) {
        Builder b = builder();
        if (symbols != null) {
            b.symbols(symbols);
        }
        if (updateIntervalMinutes != null) {
            b.updateIntervalMinutes(updateIntervalMinutes);
        }
        if (lookbackDays != null) {
            b.lookbackDays(lookbackDays);
        }
        if (maxCacheMb != null) {
            b.maxCacheMb(maxCacheMb);
        }
        if (qualityThreshold != null) {
            b.qualityThreshold(qualityThreshold);
        }
        if (intervals != null) {
            b.intervals(intervals);
        }
        if (source != null) {
            b.source(source);
        }
        if (sourceOptions != null) {
            b.sourceOptions(sourceOptions);
        }
        return b.build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this config's values */
    public Builder toBuilder() {
        return new Builder().symbols(symbols).updateIntervalMinutes(updateIntervalMinutes).lookbackDays(lookbackDays)
                .maxCacheMb(maxCacheMb).qualityThreshold(qualityThreshold).intervals(intervals).source(source)
                .sourceOptions(sourceOptions);
    }

    /** @return the training interval, the first of {@link #intervals()} */
    public BarInterval primaryInterval() {
        return intervals.get(0);
    }

    /** Builder with the documented defaults; {@link #build()} validates. */
    public static final class Builder {
        private List<String> symbols = List.of("SPY");
        private int updateIntervalMinutes = 5;
        private int lookbackDays = 30;
        private long maxCacheMb = 512;
        private double qualityThreshold = 0.95;
        private List<BarInterval> intervals = List.of(BarInterval.ONE_MINUTE);
        private String source = "synthetic";
        private ProviderOptions sourceOptions = ProviderOptions.empty();

        private Builder() {
        }

        /** @param v tickers */
        public Builder symbols(List<String> v) {
            this.symbols = new ArrayList<>(v);
            return this;
        }

        /** @param v tickers */
        public Builder symbols(String... v) {
            return symbols(List.of(v));
        }

        /** @param v minutes between updates */
        public Builder updateIntervalMinutes(int v) {
            this.updateIntervalMinutes = v;
            return this;
        }

        /** @param v days of history */
        public Builder lookbackDays(int v) {
            this.lookbackDays = v;
            return this;
        }

        /** @param v cache bound in MB */
        public Builder maxCacheMb(long v) {
            this.maxCacheMb = v;
            return this;
        }

        /** @param v quality threshold */
        public Builder qualityThreshold(double v) {
            this.qualityThreshold = v;
            return this;
        }

        /** @param v bar intervals, training interval first */
        public Builder intervals(List<BarInterval> v) {
            this.intervals = new ArrayList<>(v);
            return this;
        }

        /** @param v data source name */
        public Builder source(String v) {
            this.source = v;
            return this;
        }

        /** @param v data source options */
        public Builder sourceOptions(ProviderOptions v) {
            this.sourceOptions = v;
            return this;
        }

        /** @return the validated config */
        public DataPipelineConfig build() {
            return new DataPipelineConfig(symbols, updateIntervalMinutes, lookbackDays, maxCacheMb, qualityThreshold,
                    intervals, source, sourceOptions);
        }
    }
}
