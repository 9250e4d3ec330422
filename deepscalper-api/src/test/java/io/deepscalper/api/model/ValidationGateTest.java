package io.deepscalper.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The gate on hand-built per-session returns, flat and champion evaluated on the same sessions. */
class ValidationGateTest {
    private static final ModelVersionId CHAMPION = ModelVersionId.parse("v_20260101_000000");
    private static final Map<String, Double> LOW_RISK = Map.of("max_drawdown", 0.05, "sharpe", 1.0);
    private static final int N = 12;

    private final ValidationGate defaults = ValidationGate.defaults();

    @Test
    void aClearlyBetterCandidatePassesAgainstFlatAndTheChampion() {
        ModelEvaluation candidate = eval(LOW_RISK, noisy(N, 0.002, 0.001, 1));
        ModelEvaluation champion = eval(LOW_RISK, noisy(N, 0.0005, 0.001, 2));
        GateResult r = defaults.evaluate(candidate, flat(N), CHAMPION, champion, heldOut(N));
        assertThat(r.passed()).as(r.checks().toString()).isTrue();
        GateCheck vsFlat = check(r, GateCheck.BEATS_FLAT);
        assertThat(vsFlat.probability()).isGreaterThan(0.95);
        assertThat(vsFlat.sessions()).isEqualTo(N);
        assertThat(vsFlat.statistic()).isPositive();
        assertThat(vsFlat.decision()).isEqualTo(GateCheck.PASS);
        assertThat(vsFlat.reason()).contains("has beat flat on 12 held-out sessions").contains("p = ");
        assertThat(check(r, GateCheck.VS_CHAMPION).decision()).isEqualTo(GateCheck.PASS);
        assertThat(r.champion()).isEqualTo(CHAMPION);
    }

    @Test
    void aNoisyCandidateWithNoEdgeFailsAgainstFlat() {
        double[] noise = noisy(N, 0, 0.01, 3);
        double mean = 0;
        for (double d : noise) {
            mean += d / N;
        }
        for (int i = 0; i < N; i++) {
            noise[i] -= mean;  // exactly no edge: whatever the draws, the mean is zero
        }
        GateResult r = defaults.evaluate(eval(LOW_RISK, noise), flat(N), null, null, heldOut(N));
        assertThat(r.passed()).isFalse();
        GateCheck vsFlat = check(r, GateCheck.BEATS_FLAT);
        assertThat(vsFlat.decision()).isEqualTo(GateCheck.FAIL);
        assertThat(vsFlat.probability()).isBetween(0.45, 0.55);
        assertThat(r.failures()).singleElement().asString().contains("has not beat flat");
    }

    @Test
    void aNoisyCandidateNoBetterThanTheChampionFailsWhenSignificanceIsRequired() {
        ValidationGate strict = ValidationGate.builder().champion(ChampionRule.SIGNIFICANTLY_BETTER).build();
        double[] champion = noisy(N, 0.003, 0.001, 4);
        double[] candidate = champion.clone();
        Random rnd = new Random(5);
        for (int i = 0; i < N; i++) {
            candidate[i] += (i % 2 == 0 ? 1 : -1) * 0.002 + 0.0001 * rnd.nextGaussian();
        }
        GateResult r = strict.evaluate(eval(LOW_RISK, candidate), flat(N), CHAMPION, eval(LOW_RISK, champion),
                heldOut(N));
        assertThat(check(r, GateCheck.BEATS_FLAT).passed()).as("both beat flat").isTrue();
        GateCheck vs = check(r, GateCheck.VS_CHAMPION);
        assertThat(vs.passed()).isFalse();
        assertThat(vs.probability()).isLessThan(0.95);
        assertThat(vs.reason()).contains("is not significantly better");
    }

    @Test
    void aLosingCandidateFailsAgainstAChampionThatStaysFlat() {
        ModelEvaluation losing = eval(LOW_RISK, noisy(N, -0.002, 0.001, 6));
        ModelEvaluation zeroChampion = eval(LOW_RISK, new double[N]);
        GateResult r = defaults.evaluate(losing, flat(N), CHAMPION, zeroChampion, heldOut(N));
        assertThat(r.passed()).isFalse();
        assertThat(check(r, GateCheck.BEATS_FLAT).probability()).isLessThan(0.05);
        assertThat(check(r, GateCheck.VS_CHAMPION).passed()).isFalse();
        assertThat(check(r, GateCheck.VS_CHAMPION).reason()).contains("is not better in mean");
    }

    @Test
    void tooFewSessionsAreRefusedByTheGateAndByConfigValidation() {
        ModelEvaluation candidate = eval(LOW_RISK, noisy(6, 0.01, 0.001, 7));
        GateResult r = defaults.evaluate(candidate, flat(6), null, null, heldOut(6));
        assertThat(r.passed()).isFalse();
        assertThat(check(r, GateCheck.MIN_SESSIONS).reason()).contains("only 6 held-out session(s)")
                .contains("at least 10");
        assertThat(check(r, GateCheck.BEATS_FLAT).reason()).startsWith("not tested");
        assertThatThrownBy(() -> defaults.requireHeldOut(3)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("continuous.validationSessions is 3")
                .hasMessageContaining("gate.minSessions = 10");
        assertThatThrownBy(() -> ValidationGate.builder().minSessions(3).build())
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("gate.minSessions")
                .hasMessageContaining("noise");
        assertThatThrownBy(() -> ValidationGate.builder().level(0.7).build()).hasMessageContaining("gate.level");
        defaults.requireHeldOut(10);
    }

    @Test
    void riskLimitsStillApplyToACandidateThatBeatsFlat() {
        ModelEvaluation risky = eval(Map.of("max_drawdown", 0.35), noisy(N, 0.004, 0.001, 8));
        GateResult r = defaults.evaluate(risky, flat(N), null, null, heldOut(N));
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).singleElement().asString().contains("max_drawdown").contains("<= 0.2");
    }

    @Test
    void metricCriteriaCompareWithTheChampionInTheMetricsDirection() {
        ValidationGate gate = ValidationGate.builder()
                .add(new MetricThreshold("sharpe", MetricDirection.HIGHER_IS_BETTER, 0.5, 0.1, 0.05))
                .add(MetricThreshold.atMost("max_drawdown", 0.1)).build();
        double[] strong = noisy(N, 0.004, 0.001, 9);
        double[] weak = noisy(N, 0.001, 0.001, 10);
        GateResult tooSmall = gate.evaluate(eval(Map.of("sharpe", 1.25, "max_drawdown", 0.05), strong), flat(N),
                CHAMPION, eval(Map.of("sharpe", 1.2), weak), heldOut(N));
        assertThat(tooSmall.passed()).isFalse();
        assertThat(tooSmall.failures()).hasSize(2)
                .anySatisfy(f -> assertThat(f).contains("improvement 0.05").doesNotContain("relative"))
                .anySatisfy(f -> assertThat(f).contains("relative improvement"));
        GateResult noChampion = gate.evaluate(eval(Map.of("sharpe", 0.6, "max_drawdown", 0.05), strong), flat(N),
                null, null, heldOut(N));
        assertThat(noChampion.passed()).isTrue();
        assertThat(noChampion.checks()).filteredOn(c -> c.decision().equals(GateCheck.SKIP)).hasSize(3);
        GateResult missing = gate.evaluate(eval(Map.of("sharpe", Double.NaN), strong), flat(N), null, null,
                heldOut(N));
        assertThat(missing.failures()).anySatisfy(f -> assertThat(f).contains("sharpe").contains("not finite"))
                .anySatisfy(f -> assertThat(f).contains("max_drawdown").contains("missing"));
    }

    @Test
    void probationFailsOnlyWhenTheNewChampionIsSignificantlyWorse() {
        ModelEvaluation predecessor = eval(LOW_RISK, noisy(N, 0.002, 0.001, 11));
        GateCheck worse = defaults.probation(eval(LOW_RISK, noisy(N, -0.002, 0.001, 12)), predecessor, "v_prev");
        assertThat(worse.passed()).isFalse();
        assertThat(worse.kind()).isEqualTo(GateCheck.PROBATION);
        assertThat(worse.reason()).contains("significantly worse").contains("v_prev");
        GateCheck similar = defaults.probation(eval(LOW_RISK, noisy(N, 0.002, 0.001, 13)), predecessor, "v_prev");
        assertThat(similar.passed()).as(similar.reason()).isTrue();
    }

    @Test
    void evaluationsOnDifferentSessionsAreNotCompared() {
        ModelEvaluation a = eval(LOW_RISK, noisy(N, 0.002, 0.001, 14));
        ModelEvaluation shifted = new ModelEvaluation(LOW_RISK, dates(N, 1), a.sessionReturns());
        assertThatThrownBy(() -> a.minus(shifted)).hasMessageContaining("different sessions");
    }

    @Test
    void theDefaultsAreTheDocumentedOnesAndAnOldGateSectionKeepsThem() {
        assertThat(defaults.level()).isEqualTo(0.05);
        assertThat(defaults.minSessions()).isEqualTo(10);
        assertThat(defaults.champion()).isEqualTo(ChampionRule.NOT_WORSE);
        assertThat(defaults.criteria()).containsExactly(MetricThreshold.atMost("max_drawdown", 0.2));
        ValidationGate old = ValidationGate.fromJson(List.of(MetricThreshold.atLeast("sharpe", 0)), null, null, null);
        assertThat(old.level()).isEqualTo(0.05);
        assertThat(old.minSessions()).isEqualTo(10);
        assertThat(old.criteria()).containsExactly(MetricThreshold.atLeast("sharpe", 0));
    }

    @Test
    void aCheckStoredBeforeDecisionsWereRecordedStillReads() throws Exception {
        GateCheck old = io.deepscalper.api.io.Json.archiveMapper().readValue("{\"metric\":\"sharpe\",\"kind\":"
                + "\"threshold\",\"candidate\":1.0,\"reference\":0.0,\"passed\":true,\"reason\":\"sharpe 1.0 "
                + "satisfies >= 0.0\"}", GateCheck.class);
        assertThat(old.decision()).isEqualTo(GateCheck.PASS);
        assertThat(old.passed()).isTrue();
        assertThat(old.sessions()).isZero();
        assertThatThrownBy(() -> new GateCheck("m", "k", 0, 0, 0, 0, 0, GateCheck.FAIL, true, "r"))
                .hasMessageContaining("contradicts");
    }

    private static GateCheck check(GateResult r, String kind) {
        return r.checks().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static double[] noisy(int n, double mean, double sd, long seed) {
        Random rnd = new Random(seed);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = mean + sd * rnd.nextGaussian();
        }
        return r;
    }

    private static ModelEvaluation eval(Map<String, Double> metrics, double[] returns) {
        List<Double> list = new ArrayList<>();
        for (double d : returns) {
            list.add(d);
        }
        return new ModelEvaluation(metrics, dates(returns.length, 0), list);
    }

    private static ModelEvaluation flat(int n) {
        return ModelEvaluation.flat(dates(n, 0));
    }

    private static List<LocalDate> dates(int n, int offset) {
        List<LocalDate> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(LocalDate.of(2011, 1, 3).plusDays(i + offset));
        }
        return d;
    }

    private static HeldOutSessions heldOut(int n) {
        return new HeldOutSessions("validation", LocalDate.of(2011, 1, 3), LocalDate.of(2011, 1, 3).plusDays(n - 1),
                n);
    }
}
