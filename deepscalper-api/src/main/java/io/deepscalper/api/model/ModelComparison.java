package io.deepscalper.api.model;

import java.util.List;
import java.util.Locale;

/**
 * A metric-by-metric comparison of two versions.
 *
 * @param a    the first version
 * @param b    the second version
 * @param rows one row per metric either version has, sorted by name
 */
public record ModelComparison(ModelVersionId a, ModelVersionId b, List<MetricDelta> rows) {

    /** Copies the rows. */
    public ModelComparison {
        rows = List.copyOf(rows);
    }

    /** @return a plain-text table (metric, a, b, b - a, relative) for the CLI */
    public String toTable() {
        int w = Math.max(6, rows.stream().mapToInt(r -> r.metric().length()).max().orElse(6));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + w + "s %20s %20s %14s %10s%n", "metric", a, b, "b - a", "rel"));
        for (MetricDelta r : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s %20.6g %20.6g %14.6g %9.2f%%%n", r.metric(), r.a(),
                    r.b(), r.difference(), 100 * r.relativeDifference()));
        }
        return sb.toString();
    }
}
