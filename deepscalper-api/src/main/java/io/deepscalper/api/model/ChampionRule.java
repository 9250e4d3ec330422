package io.deepscalper.api.model;

/**
 * How a {@link ValidationGate} compares a candidate with the champion on the same held-out sessions (the
 * paired per-session difference, candidate minus champion).
 */
public enum ChampionRule {
    /**
     * Better in mean: the mean session return of the candidate exceeds the champion's. A candidate that is
     * better in mean is never significantly worse under a one-sided test, so this asks for no evidence of
     * improvement; the probability of being better is still recorded.
     */
    NOT_WORSE,
    /** Significantly better: the one-sided test of a positive mean difference passes at the gate's level. */
    SIGNIFICANTLY_BETTER
}
