package io.deepscalper.api.model;

/**
 * One evaluated criterion of a validation gate.
 *
 * @param metric    metric name
 * @param kind      {@code threshold}, {@code min_absolute_change} or {@code min_relative_change}
 * @param candidate the candidate's value (NaN when missing)
 * @param reference the bound or the champion's value the candidate was compared with (NaN when none)
 * @param passed    whether the criterion holds
 * @param reason    a sentence a person can act on
 */
public record GateCheck(String metric, String kind, double candidate, double reference, boolean passed,
                        String reason) {
    /** Kind of an absolute-bound check. */
    public static final String THRESHOLD = "threshold";
    /** Kind of a minimum absolute improvement check. */
    public static final String MIN_ABSOLUTE_CHANGE = "min_absolute_change";
    /** Kind of a minimum relative improvement check. */
    public static final String MIN_RELATIVE_CHANGE = "min_relative_change";
}
