package io.deepscalper.api.model;

/** Outcome of a version's validation gate, as shown in listings. */
public enum GateStatus {
    /** Every check passed; the version may become champion automatically. */
    PASSED,
    /** At least one check failed; only a forced activation can serve it. */
    FAILED,
    /** No gate was run (e.g. a manually registered version); only a forced activation can serve it. */
    NOT_EVALUATED
}
