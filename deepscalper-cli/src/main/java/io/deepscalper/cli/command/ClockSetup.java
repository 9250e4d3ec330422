package io.deepscalper.cli.command;

import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.continuous.Sleeper;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The orchestrator's clock for a command: the simulated market clock for the synthetic source (one
 * trading day per cycle, continuing after the cycles already run in the directory) or the wall clock.
 *
 * @param clock     the clock
 * @param sleeper   how to wait between cycles
 * @param simulated true for the simulated market clock
 */
record ClockSetup(Clock clock, Sleeper sleeper, boolean simulated) {
    /** Default first simulated trading day (the synthetic market is defined for every day). */
    static final LocalDate SIMULATION_START = LocalDate.of(2025, 3, 3);

    static ClockSetup choose(String kind, DataPipelineConfig source, Path workdir) {
        boolean simulated = kind.equals("simulated") || kind.equals("auto") && source.source().equals("synthetic");
        if (simulated) {
            SimulatedMarketClock sim = SimulatedMarketClock.afterSession(SIMULATION_START,
                    OrchestratorState.load(workdir).cycles());
            return new ClockSetup(sim, sim.sleeper(), true);
        }
        Clock wall = Clock.systemUTC();
        return new ClockSetup(wall, Sleeper.realTime(wall), false);
    }
}
