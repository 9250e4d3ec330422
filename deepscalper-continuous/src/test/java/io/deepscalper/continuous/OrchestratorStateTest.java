package io.deepscalper.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** state.json: a cycle cut short is counted once, the clock's position survives, older files still load. */
class OrchestratorStateTest {
    @TempDir
    Path dir;

    @Test
    void aCycleCutShortIsBegunAgainUnderTheSameNumberAndCountedOnceWhenItFinishes() {
        OrchestratorState s = OrchestratorState.initial().nextCycle();
        assertThat(s.cycles()).isEqualTo(1);
        assertThat(s.cycleInProgress()).isTrue();
        assertThat(s.finishedCycles()).isZero();
        s.save(dir);
        OrchestratorState again = OrchestratorState.load(dir).nextCycle();
        assertThat(again.cycles()).as("the unfinished cycle is run again, not skipped").isEqualTo(1);
        OrchestratorState done = again.cycleFinished();
        assertThat(done.finishedCycles()).isEqualTo(1);
        assertThat(done.nextCycle().cycles()).isEqualTo(2);
    }

    @Test
    void theSimulatedStartAndTheClockPositionRoundTrip() {
        Instant at = Instant.parse("2011-02-02T21:01:00Z");
        OrchestratorState s = OrchestratorState.initial().withSimulationStart(LocalDate.of(2011, 1, 31)).nextCycle()
                .retrained(at, "run_1").cycleFinished().at(at);
        s.save(dir);
        assertThat(OrchestratorState.load(dir)).isEqualTo(s);
        assertThat(s.completedRetrains()).isEqualTo(1);
        assertThat(s.lastRetrain()).isEqualTo(at);
    }

    @Test
    void aRunFinishedAgainAfterAKillIsCountedOnce() {
        Instant at = Instant.parse("2011-02-02T21:01:00Z");
        OrchestratorState once = OrchestratorState.initial().retrained(at, "run_7_1");
        OrchestratorState again = once.retrained(at.plusSeconds(60), "run_7_1");
        assertThat(again).isEqualTo(once);
        assertThat(again.completedRetrains()).isEqualTo(1);
        OrchestratorState next = again.retrained(at.plusSeconds(120), "run_8_2");
        assertThat(next.completedRetrains()).isEqualTo(2);
        assertThat(next.lastRunId()).isEqualTo("run_8_2");
    }

    @Test
    void aFileWrittenBeforeTheNewFieldsLoadsAsFinishedCyclesOnAnUnrecordedClock() throws Exception {
        Files.writeString(dir.resolve(OrchestratorState.FILE),
                "{\"lastRetrain\":\"2025-03-04T21:01:00Z\",\"completedRetrains\":2,\"cycles\":5}");
        OrchestratorState s = OrchestratorState.load(dir);
        assertThat(s.finishedCycles()).isEqualTo(5);
        assertThat(s.cycleInProgress()).isFalse();
        assertThat(s.simulationStart()).isNull();
        assertThat(s.clockAt()).isNull();
        assertThat(s.lastRunId()).isNull();
    }

    @Test
    void aCycleInProgressWithoutACycleIsRefusedWithTheFileName() throws Exception {
        Files.writeString(dir.resolve(OrchestratorState.FILE), "{\"completedRetrains\":0,\"cycles\":0,\"cycleInProgress\":true}");
        assertThatThrownBy(() -> OrchestratorState.load(dir)).hasMessageContaining(OrchestratorState.FILE)
                .hasMessageContaining("cycleInProgress is true but no cycle was begun");
    }

    @Test
    void aMissingCounterIsRefusedRatherThanReadAsZero() throws Exception {
        Files.writeString(dir.resolve(OrchestratorState.FILE), "{\"completedRetrains\":2}");
        assertThatThrownBy(() -> OrchestratorState.load(dir)).hasMessageContaining(OrchestratorState.FILE)
                .hasMessageContaining("cycles is missing or null");
    }
}
