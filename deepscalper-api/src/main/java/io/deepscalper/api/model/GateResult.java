package io.deepscalper.api.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a {@link ValidationGate}, stored in the version's metadata (as a TFX blessing).
 *
 * @param passed           true when every check passed
 * @param checks           every criterion evaluated, passed or not
 * @param champion         the champion the candidate was compared with, or null when there was none
 * @param heldOut          the sessions both were evaluated on, or null when unknown
 * @param candidateMetrics the candidate's metrics on {@code heldOut}
 * @param championMetrics  the champion's metrics on the same sessions (empty when there was no champion)
 */
public record GateResult(boolean passed, List<GateCheck> checks, ModelVersionId champion, HeldOutSessions heldOut,
                         Map<String, Double> candidateMetrics, Map<String, Double> championMetrics) {

    /** Copies the collections. */
    public GateResult {
        checks = List.copyOf(checks);
        candidateMetrics = Map.copyOf(candidateMetrics);
        championMetrics = championMetrics == null ? Map.of() : Map.copyOf(championMetrics);
    }

    /** @return the reasons of the failed checks, empty when passed */
    public List<String> failures() {
        return checks.stream().filter(c -> !c.passed()).map(GateCheck::reason).collect(Collectors.toList());
    }

    /** @return {@link GateStatus#PASSED} or {@link GateStatus#FAILED} */
    public GateStatus status() {
        return passed ? GateStatus.PASSED : GateStatus.FAILED;
    }
}
