package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.model.ModelEvaluation;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.continuous.wiring.NyseSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The performance trigger in the loop: the orchestrator evaluates the champion once per cycle with new data,
 * keeps each new session's return from that evaluation, and the trigger fires on a drop of that per-session
 * P&L, not on a window metric.
 */
class PerformanceTriggerLoopTest extends WithTrainerHarness {
    /** First session on which the champion loses. */
    private static final LocalDate DROP = LocalDate.of(2025, 3, 17);

    /** One session's return: a steady profit with some spread, a loss from {@link #DROP} on. */
    private static double sessionReturn(LocalDate d) {
        double spread = 0.0008 * Math.sin(d.toEpochDay() * 1.7);
        return (d.isBefore(DROP) ? 0.003 : -0.003) + spread;
    }

    /** Scores every session by its date, and counts its calls. */
    private static final class SessionScoringEvaluator implements ModelEvaluator {
        int calls;

        @Override
        public ModelEvaluation evaluate(ParameterSet parameters, List<SessionSeries> heldOut) {
            List<LocalDate> dates = ModelEvaluator.sessionDates(heldOut);
            calls++;
            List<Double> returns = dates.stream().map(PerformanceTriggerLoopTest::sessionReturn).toList();
            double total = returns.stream().mapToDouble(Double::doubleValue).sum();
            return new ModelEvaluation(Map.of("sharpe", 1.0, "max_drawdown", 0.01, "total_return", total), dates,
                    returns);
        }
    }

    @Test
    void staysQuietWhileTheChampionEarnsAndFiresWithinThreeSessionsOfADrop() {
        SessionScoringEvaluator evaluator = new SessionScoringEvaluator();
        var config = h.config().toBuilder().retrainIntervalHours(10_000)
                .disabledTriggers(Set.of("data_drift", "model_health")).build();
        ContinuousTrainer ct = ContinuousTrainer.builder().workdir(dir).clock(h.clock).config(config).feed(h.feed)
                .models(h.models).metrics(h.metrics).trainer(h.trainer).evaluator(evaluator)
                .gate(TrainerHarness.GATE).splitter(new NyseSessions()).beforeCycle(h.feed::updateNow).build();
        ct.start();
        try {
            assertThat(ct.runCycle().retrain()).as("the first cycle trains the first champion").isPresent();
            LocalDate firing = null;
            List<String> quiet = new ArrayList<>();
            List<LocalDate> cycleDates = new ArrayList<>();
            for (int cycle = 0; cycle < 20 && firing == null; cycle++) {
                h.clock.nextSession();
                int before = evaluator.calls;
                CycleReport r = ct.runCycle();
                TriggerEvent perf = r.triggers().stream().filter(e -> e.trigger().equals("performance")).findFirst()
                        .orElseThrow();
                LocalDate today = h.clock.instant().atZone(java.time.ZoneId.of("America/New_York")).toLocalDate();
                cycleDates.add(today);
                if (perf.fired()) {
                    firing = today;
                    assertThat(perf.reason()).contains("per-session P&L").contains("CUSUM detected a drop");
                    assertThat(r.retrain()).isPresent();
                    assertThat(r.retrain().get().trigger()).isEqualTo("performance");
                } else {
                    assertThat(today).as("a false alarm on %s: %s", today, perf.reason()).isBefore(DROP);
                    quiet.add(perf.reason());
                    assertThat(evaluator.calls - before).as("the champion is evaluated once per cycle, its "
                            + "per-session record read from that evaluation").isEqualTo(1);
                }
            }
            assertThat(quiet).as("some quiet cycles with a verdict").anyMatch(q -> q.contains("session returns"));
            assertThat(quiet).as("the drop test uses the 10 validation sessions as its reference")
                    .anyMatch(q -> q.contains("reference: the 10 validation sessions and 1 later one(s)"));
            assertThat(firing).as("fired after the drop").isNotNull();
            LocalDate fired = firing;
            long sessionsAfterDrop = cycleDates.stream().filter(d -> !d.isBefore(DROP) && !d.isAfter(fired)).count();
            assertThat(sessionsAfterDrop).as("fired within three sessions of the drop").isBetween(1L, 3L);
        } finally {
            ct.close();
        }
    }
}
