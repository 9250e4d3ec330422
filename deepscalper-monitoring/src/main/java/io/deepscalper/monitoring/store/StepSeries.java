package io.deepscalper.monitoring.store;

/**
 * Values over training steps, in step order; each point may be the mean of a bucket of rows.
 *
 * @param steps  first step of each bucket
 * @param values mean value of each bucket (NaN rows excluded)
 */
public record StepSeries(long[] steps, double[] values) {

    /** Checks that both arrays have one entry per point. */
    public StepSeries {
        if (steps.length != values.length) {
            throw new IllegalArgumentException("steps and values differ in length: " + steps.length + " vs "
                    + values.length);
        }
    }

    /** @return number of points */
    public int size() {
        return steps.length;
    }
}
