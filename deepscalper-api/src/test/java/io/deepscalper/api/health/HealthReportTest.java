package io.deepscalper.api.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void severityIsTheWorstFindingAndFindingsAreWorstFirst() {
        HealthFinding warn = new HealthFinding("activation.dead", "trunk.0", 0.6, 0.5, HealthSeverity.WARNING, "w");
        HealthFinding crit = new HealthFinding("nonfinite.loss", "*", Double.NaN, 0, HealthSeverity.CRITICAL, "c");
        HealthReport r = HealthReport.of(1, 1, 0, List.of(warn, crit), Map.of("loss", Double.NaN));
        assertThat(r.severity()).isEqualTo(HealthSeverity.CRITICAL);
        assertThat(r.isCritical()).isTrue();
        assertThat(r.findings()).containsExactly(crit, warn);
        assertThat(r.summary()).isEqualTo("CRITICAL: nonfinite.loss(*) activation.dead(trunk.0)");
        assertThat(HealthReport.of(1, 1, 0, List.of(), Map.of()).severity()).isEqualTo(HealthSeverity.OK);
    }

    @Test
    void rejectsASeverityThatContradictsTheFindings() {
        HealthFinding crit = new HealthFinding("nonfinite.loss", "*", Double.NaN, 0, HealthSeverity.CRITICAL, "c");
        assertThatThrownBy(() -> new HealthReport(1, 1, 0, HealthSeverity.OK, List.of(crit), Map.of()))
                .hasMessageContaining("does not match");
    }
}
