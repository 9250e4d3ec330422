package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.continuous.RetrainRequest;
import io.deepscalper.api.metrics.TriggerEvent;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.nn.ParameterSet;
import java.util.List;
import org.junit.jupiter.api.Test;


/** The schedule and manual requests from the command queue start retrains, and each firing is stored. */
class ContinuousTrainerScheduleTest extends WithTrainerHarness {

    @Test
    void theScheduleTrainsAFreshDirectoryThenWaitsForTheIntervalAndRetrainsIncrementally() {
        ContinuousTrainer ct = h.start();
        CycleReport first = ct.runCycle();
        assertThat(first.fired()).containsExactly("scheduled");
        RetrainReport initial = first.retrain().orElseThrow();
        assertThat(initial.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(initial.mode()).isEqualTo(RetrainMode.FULL);
        assertThat(initial.promoted()).isTrue();
        assertThat(h.models.aliases()).containsEntry(Alias.CHAMPION, initial.version());
        assertThat(h.trainer.jobs()).singleElement().satisfies(j -> assertThat(j.steps()).isEqualTo(FakeTrainer.FULL_STEPS));

        h.clock.nextSession();
        CycleReport quiet = ct.runCycle();
        assertThat(quiet.fired()).as("24 h of a 48 h interval").isEmpty();
        assertThat(quiet.retrain()).isEmpty();
        assertThat(h.trainer.jobs()).hasSize(1);

        ParameterSet champion = h.models.load(ModelRef.of(initial.version())).parameters();
        h.clock.nextSession();
        CycleReport due = ct.runCycle();
        assertThat(due.fired()).containsExactly("scheduled");
        RetrainReport incremental = due.retrain().orElseThrow();
        assertThat(incremental.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(incremental.mode()).isEqualTo(RetrainMode.INCREMENTAL);
        assertThat(incremental.parent()).isEqualTo(initial.version());
        assertThat(h.trainer.jobs().get(1).warmStart()).isEqualTo(champion);
        assertThat(h.trainer.jobs().get(1).steps()).isEqualTo(h.config().incrementalSteps());
        assertThat(h.models.list()).extracting(ModelVersion::id).containsExactly(initial.version(), incremental.version());
        assertThat(h.models.get(ModelRef.of(incremental.version())).trigger()).isEqualTo("scheduled");
        assertThat(ct.state().completedRetrains()).isEqualTo(2);
        assertThat(ct.state().lastRetrain()).isEqualTo(h.clock.instant());

        List<TriggerEvent> stored = h.metrics.recentTriggerEvents(100);
        assertThat(stored).filteredOn(e -> e.trigger().equals("scheduled"))
                .extracting(TriggerEvent::fired).containsExactlyInAnyOrder(true, false, true);
        assertThat(stored).filteredOn(TriggerEvent::fired).allSatisfy(e -> {
            assertThat(e.reason()).isNotBlank();
            assertThat(e.action()).isEqualTo("retrain");
        });
    }

    @Test
    void aManualRequestFromTheCommandQueueIsConsumedOnce() {
        ContinuousTrainer ct = h.start();
        ct.runCycle();
        ct.commands().submit(TrainerCommand.retrain(new RetrainRequest(true, "SYN", h.clock.instant(), "alice")));
        assertThat(ct.commands().peek()).hasSize(1);

        h.clock.nextSession();
        CycleReport requested = ct.runCycle();
        assertThat(requested.fired()).containsExactly("manual");
        RetrainReport r = requested.retrain().orElseThrow();
        assertThat(r.trigger()).isEqualTo("manual");
        assertThat(r.mode()).as("the request asked for --full although a champion exists").isEqualTo(RetrainMode.FULL);
        assertThat(r.outcome()).isEqualTo(RetrainReport.Outcome.REGISTERED);
        assertThat(ct.commands().peek()).as("the command was consumed").isEmpty();
        assertThat(h.metrics.recentTriggerEvents(100)).filteredOn(e -> e.trigger().equals("manual") && e.fired())
                .singleElement().satisfies(e -> assertThat(e.reason()).contains("alice").contains("SYN"));

        CycleReport after = ct.runCycle();
        assertThat(after.fired()).as("the same request does not fire twice").isEmpty();
        assertThat(h.trainer.jobs()).hasSize(2);
    }
}
