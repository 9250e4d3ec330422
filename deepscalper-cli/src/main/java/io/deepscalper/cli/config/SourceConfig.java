package io.deepscalper.cli.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code source} section: which {@link io.deepscalper.core.spi.DataSource} provider feeds the
 * trainer, with its options, and which symbols.
 *
 * @param name                  provider name: {@code synthetic}, {@code csv}, {@code yahoo} or a plug-in's
 * @param symbols               the symbols to train on
 * @param updateIntervalMinutes minutes between data updates (and orchestrator cycles) in real-time mode
 * @param historyDays           calendar days of history fetched on the first start
 * @param options               provider options, e.g. {@code dir} for csv or {@code seed} for synthetic
 */
public record SourceConfig(String name, List<String> symbols, int updateIntervalMinutes, int historyDays,
                           Map<String, String> options) {

    /** Validates every field. */
    public SourceConfig {
        if (name == null || !name.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("source.name must be a provider name such as synthetic, csv or yahoo "
                    + "but was '" + name + "'");
        }
        if (symbols == null || symbols.isEmpty()) {
            throw new IllegalArgumentException("source.symbols must list at least one symbol, e.g. SPY");
        }
        symbols = symbols.stream().map(s -> s.trim().toUpperCase(Locale.ROOT)).toList();
        for (String s : symbols) {
            if (!s.matches("[A-Z0-9.^=_-]{1,20}")) {
                throw new IllegalArgumentException("source.symbols: '" + s + "' is not a ticker");
            }
        }
        if (updateIntervalMinutes < 1) {
            throw new IllegalArgumentException("source.updateIntervalMinutes must be >= 1 but was "
                    + updateIntervalMinutes);
        }
        if (historyDays < 1) {
            throw new IllegalArgumentException("source.historyDays must be >= 1 but was " + historyDays);
        }
        options = options == null ? Map.of() : Map.copyOf(new TreeMap<>(options));
    }

    /** Jackson: absent keys keep their defaults. */
    @JsonCreator
    public static SourceConfig fromJson(@JsonProperty("name") String name, @JsonProperty("symbols") List<String> symbols,
                                        @JsonProperty("updateIntervalMinutes") Integer updateIntervalMinutes,
                                        @JsonProperty("historyDays") Integer historyDays,
                                        @JsonProperty("options") Map<String, String> options) {
        SourceConfig d = defaults();
        return new SourceConfig(name != null ? name : d.name, symbols != null ? symbols : d.symbols,
                updateIntervalMinutes != null ? updateIntervalMinutes : d.updateIntervalMinutes,
                historyDays != null ? historyDays : d.historyDays, options != null ? options : d.options);
    }

    /** @return the embedded default: the seeded synthetic market, one symbol, 30 days of history */
    public static SourceConfig defaults() {
        return new SourceConfig("synthetic", List.of("SYN"), 60, 30, Map.of());
    }

    /** @return a copy with another provider */
    public SourceConfig withName(String v) {
        return new SourceConfig(v, symbols, updateIntervalMinutes, historyDays, options);
    }

    /** @return a copy with other symbols */
    public SourceConfig withSymbols(List<String> v) {
        return new SourceConfig(name, v, updateIntervalMinutes, historyDays, options);
    }

    /** @return a copy with another update interval */
    public SourceConfig withUpdateIntervalMinutes(int v) {
        return new SourceConfig(name, symbols, v, historyDays, options);
    }

    /** @return a copy with one more option */
    public SourceConfig withOption(String key, String value) {
        TreeMap<String, String> m = new TreeMap<>(options);
        m.put(key, value);
        return new SourceConfig(name, symbols, updateIntervalMinutes, historyDays, m);
    }
}
