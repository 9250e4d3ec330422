package io.deepscalper.api.config;

/**
 * An interval of allowed numbers, each end open or closed, printed the way the messages of
 * {@link ConfigChecks} show it: {@code [0, 1)}, {@code (0, 1]}.
 *
 * @param lo          lower end
 * @param loInclusive whether {@code lo} itself is allowed
 * @param hi          upper end
 * @param hiInclusive whether {@code hi} itself is allowed
 */
public record Interval(double lo, boolean loInclusive, double hi, boolean hiInclusive) {

    /** Rejects an interval without members, which would refuse every value. */
    public Interval {
        if (!(lo < hi || (lo == hi && loInclusive && hiInclusive))) {
            throw new IllegalArgumentException("interval " + text(lo, loInclusive, hi, hiInclusive) + " is empty");
        }
    }

    /** @return {@code [lo, hi]} */
    public static Interval closed(double lo, double hi) {
        return new Interval(lo, true, hi, true);
    }

    /** @return {@code [lo, hi)} */
    public static Interval closedOpen(double lo, double hi) {
        return new Interval(lo, true, hi, false);
    }

    /** @return {@code (lo, hi]} */
    public static Interval openClosed(double lo, double hi) {
        return new Interval(lo, false, hi, true);
    }

    /** @return {@code (lo, hi)} */
    public static Interval open(double lo, double hi) {
        return new Interval(lo, false, hi, false);
    }

    /** @return true when {@code v} lies in the interval; NaN never does */
    public boolean contains(double v) {
        return (loInclusive ? v >= lo : v > lo) && (hiInclusive ? v <= hi : v < hi);
    }

    @Override
    public String toString() {
        return text(lo, loInclusive, hi, hiInclusive);
    }

    private static String text(double lo, boolean loInclusive, double hi, boolean hiInclusive) {
        return (loInclusive ? "[" : "(") + ConfigChecks.number(lo) + ", " + ConfigChecks.number(hi)
                + (hiInclusive ? "]" : ")");
    }
}
