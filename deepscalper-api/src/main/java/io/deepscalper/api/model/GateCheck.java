package io.deepscalper.api.model;

/**
 * One evaluated criterion of a validation gate, with its evidence.
 *
 * @param metric      metric name ({@code session_return} for the statistical tests)
 * @param kind        {@code min_sessions}, {@code beats_flat}, {@code vs_champion}, {@code probation},
 *                    {@code threshold}, {@code min_absolute_change} or {@code min_relative_change}
 * @param candidate   the candidate's value (its mean session return for a test; NaN when missing)
 * @param reference   the bound, or the reference's value the candidate was compared with (NaN when none)
 * @param statistic   the test statistic: the per-session Sharpe ratio of the paired difference (NaN for a
 *                    plain threshold)
 * @param probability the probability that the candidate beats the reference (the probabilistic Sharpe
 *                    ratio; its one-sided p-value is {@code 1 - probability}); NaN for a plain threshold
 * @param sessions    the number of sessions the check used (0 when not session-based)
 * @param decision    {@value #PASS}, {@value #FAIL} or {@value #SKIP} (not applicable, e.g. no champion yet)
 * @param passed      whether the criterion holds (a skipped one holds)
 * @param reason      a sentence a person can act on
 */
public record GateCheck(String metric, String kind, double candidate, double reference, double statistic,
                        double probability, int sessions, String decision, boolean passed, String reason) {
    /** Kind of an absolute-bound check. */
    public static final String THRESHOLD = "threshold";
    /** Kind of a minimum absolute improvement check. */
    public static final String MIN_ABSOLUTE_CHANGE = "min_absolute_change";
    /** Kind of a minimum relative improvement check. */
    public static final String MIN_RELATIVE_CHANGE = "min_relative_change";
    /** Kind of the check that enough held-out sessions were evaluated. */
    public static final String MIN_SESSIONS = "min_sessions";
    /** Kind of the one-sided test against the flat policy. */
    public static final String BEATS_FLAT = "beats_flat";
    /** Kind of the paired comparison with the champion. */
    public static final String VS_CHAMPION = "vs_champion";
    /** Kind of the probation test of a newly promoted champion against its predecessor. */
    public static final String PROBATION = "probation";
    /** Decision of a check that holds. */
    public static final String PASS = "pass";
    /** Decision of a check that fails. */
    public static final String FAIL = "fail";
    /** Decision of a check that does not apply. */
    public static final String SKIP = "skip";

    /** Fills a missing decision (metadata written before decisions were recorded) from {@code passed}. */
    public GateCheck {
        if (decision == null) {
            decision = passed ? PASS : FAIL;
        }
        if (!decision.equals(PASS) && !decision.equals(FAIL) && !decision.equals(SKIP)) {
            throw new IllegalArgumentException("GateCheck decision must be pass, fail or skip but was '" + decision
                    + "'");
        }
        if (decision.equals(FAIL) == passed) {
            throw new IllegalArgumentException("GateCheck: decision '" + decision + "' contradicts passed=" + passed);
        }
    }

    /** @return a check of a plain metric (no test statistic, no sessions) */
    public static GateCheck metric(String metric, String kind, double candidate, double reference, boolean passed,
                                   boolean skipped, String reason) {
        return new GateCheck(metric, kind, candidate, reference, Double.NaN, Double.NaN, 0,
                skipped ? SKIP : passed ? PASS : FAIL, passed || skipped, reason);
    }
}
