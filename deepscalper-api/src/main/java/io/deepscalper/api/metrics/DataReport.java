package io.deepscalper.api.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data-quality or drift report, in an engine- and module-neutral shape so that the data module can
 * hand it to any metrics sink through the orchestrator.
 *
 * @param timestampMillis epoch millis when produced
 * @param kind            {@link #QUALITY} or {@link #DRIFT}
 * @param source          the data source's provider name, e.g. {@code yahoo}, {@code csv}
 * @param symbol          the symbol checked
 * @param from            first session covered
 * @param to              last session covered
 * @param passed          whether the data is fit for training
 * @param metrics         numbers by name (missing-bar share, PSI, KS statistic, p-value ...)
 * @param findings        sentences describing each problem found
 */
public record DataReport(long timestampMillis, String kind, String source, String symbol, LocalDate from,
                         LocalDate to, boolean passed, Map<String, Double> metrics, List<String> findings) {

    /** Kind of a data-quality report. */
    public static final String QUALITY = "quality";
    /** Kind of a distribution-drift report. */
    public static final String DRIFT = "drift";

    /** Validates the kind and copies the collections. */
    public DataReport {
        Objects.requireNonNull(kind, "kind");
        if (!kind.equals(QUALITY) && !kind.equals(DRIFT)) {
            throw new IllegalArgumentException("DataReport kind must be '" + QUALITY + "' or '" + DRIFT
                    + "' but was '" + kind + "'");
        }
        Objects.requireNonNull(symbol, "symbol");
        source = source == null ? "" : source;
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
