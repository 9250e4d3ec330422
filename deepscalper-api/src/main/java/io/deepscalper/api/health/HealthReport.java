package io.deepscalper.api.health;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one model-health check: the worst severity, the findings behind it, and the
 * statistics that were measured (per-layer gradient and weight norms, dead-unit shares, activation
 * mean and standard deviation), so that a reader can plot them without re-running the check.
 *
 * <p>Statistic keys are dot-separated: {@code grad_norm.<param>}, {@code weight_norm.<param>},
 * {@code dead_share.<layer>}, {@code act_mean.<layer>}, {@code act_std.<layer>}, plus {@code loss} and
 * {@code grad_norm} for the whole network.
 *
 * @param step            environment steps when checked
 * @param update          learner updates when checked
 * @param timestampMillis epoch millis of the check
 * @param severity        the worst severity among the findings ({@link HealthSeverity#OK} when there are none)
 * @param findings        the checks that flagged something, worst first
 * @param statistics      measured values by key (may contain NaN or infinities: that is what is reported)
 */
public record HealthReport(long step, long update, long timestampMillis, HealthSeverity severity,
                           List<HealthFinding> findings, Map<String, Double> statistics) {

    /** Copies the collections and checks that the severity matches the findings. */
    public HealthReport {
        Objects.requireNonNull(severity, "severity");
        findings = List.copyOf(findings);
        statistics = Map.copyOf(statistics);
        HealthSeverity worst = HealthSeverity.OK;
        for (HealthFinding f : findings) {
            worst = worst.max(f.severity());
        }
        if (worst != severity) {
            throw new IllegalArgumentException("HealthReport severity " + severity
                    + " does not match its worst finding " + worst);
        }
    }

    /**
     * @return a report whose severity is the worst of its findings
     */
    public static HealthReport of(long step, long update, long timestampMillis, List<HealthFinding> findings,
                                  Map<String, Double> statistics) {
        HealthSeverity worst = HealthSeverity.OK;
        for (HealthFinding f : findings) {
            worst = worst.max(f.severity());
        }
        List<HealthFinding> sorted = new java.util.ArrayList<>(findings);
        sorted.sort((a, b) -> b.severity().compareTo(a.severity()));
        return new HealthReport(step, update, timestampMillis, worst, sorted, statistics);
    }

    /** @return true when training should not go on as it is */
    public boolean isCritical() {
        return severity == HealthSeverity.CRITICAL;
    }

    /** @return a one-line summary for logs and stop reasons, e.g. {@code CRITICAL: nonfinite.loss(*)} */
    public String summary() {
        if (findings.isEmpty()) {
            return severity.name();
        }
        StringBuilder sb = new StringBuilder(severity.name()).append(':');
        for (HealthFinding f : findings) {
            sb.append(' ').append(f.check()).append('(').append(f.layer()).append(')');
        }
        return sb.toString();
    }
}
