package io.deepscalper.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationGateTest {
    private static final HeldOutSessions HELD_OUT =
            new HeldOutSessions("validation", LocalDate.of(2011, 1, 24), LocalDate.of(2011, 1, 31), 6);
    private static final ModelVersionId CHAMPION = ModelVersionId.parse("v_20260101_000000");

    private final ValidationGate gate = ValidationGate.builder()
            .add(new MetricThreshold("sharpe", MetricDirection.HIGHER_IS_BETTER, 0.5, 0.1, 0.05))
            .add(MetricThreshold.atMost("max_drawdown", 0.1))
            .build();

    @Test
    void passesWhenEveryCriterionHolds() {
        GateResult r = gate.evaluate(Map.of("sharpe", 1.5, "max_drawdown", 0.05), CHAMPION,
                Map.of("sharpe", 1.2, "max_drawdown", 0.02), HELD_OUT);
        assertThat(r.passed()).isTrue();
        assertThat(r.failures()).isEmpty();
        assertThat(r.checks()).hasSize(4);
        assertThat(r.champion()).isEqualTo(CHAMPION);
        assertThat(r.heldOut()).isEqualTo(HELD_OUT);
    }

    @Test
    void lowerIsBetterMetricsFailAboveTheirBound() {
        GateResult r = gate.evaluate(Map.of("sharpe", 1.5, "max_drawdown", 0.15), null, null, HELD_OUT);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).singleElement().asString().contains("max_drawdown").contains("<= 0.1");
    }

    @Test
    void improvementsAreMeasuredAgainstTheChampionInTheMetricsDirection() {
        GateResult tooSmall = gate.evaluate(Map.of("sharpe", 1.25, "max_drawdown", 0.05), CHAMPION,
                Map.of("sharpe", 1.2), HELD_OUT);
        assertThat(tooSmall.passed()).isFalse();
        assertThat(tooSmall.failures()).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("improvement 0.05").doesNotContain("relative"))
                .anySatisfy(f -> assertThat(f).contains("relative improvement"));

        ValidationGate lowerBetter = ValidationGate.builder()
                .add(new MetricThreshold("max_drawdown", MetricDirection.LOWER_IS_BETTER, null, 0.01, null)).build();
        assertThat(lowerBetter.evaluate(Map.of("max_drawdown", 0.05), CHAMPION, Map.of("max_drawdown", 0.08),
                HELD_OUT).passed()).isTrue();
        assertThat(lowerBetter.evaluate(Map.of("max_drawdown", 0.08), CHAMPION, Map.of("max_drawdown", 0.05),
                HELD_OUT).passed()).isFalse();
    }

    @Test
    void withoutAChampionOnlyAbsoluteThresholdsApply() {
        GateResult r = gate.evaluate(Map.of("sharpe", 0.6, "max_drawdown", 0.05), null, null, HELD_OUT);
        assertThat(r.passed()).isTrue();
        assertThat(r.checks()).filteredOn(c -> c.reason().contains("no champion")).hasSize(2);
    }

    @Test
    void missingOrNanCandidateMetricsFailWithTheMetricNamed() {
        GateResult r = gate.evaluate(Map.of("sharpe", Double.NaN), null, null, HELD_OUT);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).anySatisfy(f -> assertThat(f).contains("sharpe").contains("not finite"))
                .anySatisfy(f -> assertThat(f).contains("max_drawdown").contains("missing"));
    }

    @Test
    void rejectsInvalidCriteria() {
        assertThatThrownBy(() -> new MetricThreshold("sharpe", MetricDirection.HIGHER_IS_BETTER, null, null, null))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new MetricThreshold("sharpe", MetricDirection.HIGHER_IS_BETTER, null, -1.0, null))
                .hasMessageContaining("minAbsoluteChange");
        assertThatThrownBy(() -> ValidationGate.builder().add(MetricThreshold.atLeast("sharpe", 0))
                .add(MetricThreshold.atLeast("sharpe", 1)).build()).hasMessageContaining("two criteria");
    }
}
