package io.deepscalper.api.model;

/**
 * One row of {@link ModelComparison}.
 *
 * @param metric             metric name
 * @param a                  value of the first version (NaN when it lacks the metric)
 * @param b                  value of the second version (NaN when it lacks the metric)
 * @param difference         {@code b - a}
 * @param relativeDifference {@code (b - a) / |a|}, NaN when {@code a} is 0 or missing
 */
public record MetricDelta(String metric, double a, double b, double difference, double relativeDifference) {

    /** @return the row for two values */
    public static MetricDelta of(String metric, double a, double b) {
        double diff = b - a;
        double rel = a == 0.0 || Double.isNaN(a) ? Double.NaN : diff / Math.abs(a);
        return new MetricDelta(metric, a, b, diff, rel);
    }
}
