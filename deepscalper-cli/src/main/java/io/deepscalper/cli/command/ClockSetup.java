package io.deepscalper.cli.command;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.spi.AvailableRange;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.continuous.OrchestratorState;
import io.deepscalper.continuous.Sleeper;
import io.deepscalper.continuous.wiring.SimulatedMarketClock;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The orchestrator's clock for a command: the simulated market clock (one trading day per cycle) or the wall
 * clock. The simulated clock starts at {@code --from}, at the date recorded in {@code state.json} by an earlier
 * start, or, for a source that knows its data's span (csv), {@code data.lookbackDays} after the data's first
 * bar (at the latest on its last day), so that history can drive the loop; otherwise at
 * {@link #SIMULATION_START}. It continues after the cycles the directory has finished, so a cycle cut short
 * by a stop resumes on its own day.
 *
 * @param clock     the clock
 * @param sleeper   how to wait between cycles
 * @param simulated true for the simulated market clock
 * @param start     the simulated clock's start date, null for the wall clock
 */
record ClockSetup(Clock clock, Sleeper sleeper, boolean simulated, LocalDate start) {
    /** Default first simulated trading day when the source cannot say where its data starts. */
    static final LocalDate SIMULATION_START = LocalDate.of(2025, 3, 3);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** As {@link #choose(String, LocalDate, DataPipelineConfig, Path)} without {@code --from}. */
    static ClockSetup choose(String kind, DataPipelineConfig source, Path workdir) {
        return choose(kind, null, source, workdir);
    }

    /**
     * @param kind    auto, simulated or wall; auto is simulated for the synthetic source, with {@code from},
     *                or when the directory already ran on the simulated clock
     * @param from    the first simulated day asked for, or null
     * @param source  the data settings
     * @param workdir the working directory (its {@code state.json} is read, not written)
     * @return the clock
     * @throws InvalidConfigException when {@code from} contradicts the directory's recorded start
     */
    static ClockSetup choose(String kind, LocalDate from, DataPipelineConfig source, Path workdir) {
        OrchestratorState state = OrchestratorState.load(workdir);
        boolean simulated = kind.equals("simulated") || kind.equals("auto")
                && (from != null || source.source().equals("synthetic") || state.simulationStart() != null);
        if (!simulated) {
            Clock wall = Clock.systemUTC();
            return new ClockSetup(wall, Sleeper.realTime(wall), false, null);
        }
        LocalDate start = startDate(from, source, state);
        SimulatedMarketClock sim = SimulatedMarketClock.afterSession(start, state.finishedCycles());
        return new ClockSetup(sim, sim.sleeper(), true, start);
    }

    /** Records the simulated start in {@code state.json}, so that later starts, backtest and status agree. */
    void record(Path workdir) {
        OrchestratorState state = OrchestratorState.load(workdir);
        if (simulated && !start.equals(state.simulationStart())) {
            state.withSimulationStart(start).save(workdir);
        }
    }

    /**
     * @return the trainer's time as {@code backtest} and {@code status} should see it: the simulated clock's
     *         position recorded in {@code state.json} after a simulated run, else this command's clock now
     */
    static Instant trainerTime(DataPipelineConfig source, Path workdir) {
        OrchestratorState state = OrchestratorState.load(workdir);
        if (state.simulationStart() != null && state.clockAt() != null) {
            return state.clockAt();
        }
        return choose("auto", source, workdir).clock().instant();
    }

    private static LocalDate startDate(LocalDate from, DataPipelineConfig source, OrchestratorState state) {
        LocalDate recorded = state.simulationStart();
        if (recorded != null) {
            if (from != null && !from.equals(recorded) && state.cycles() > 0) {
                throw new InvalidConfigException("start.from", "--from " + from + " contradicts this working "
                        + "directory's simulated clock, which started at " + recorded + " and has run " + state.cycles()
                        + " cycle(s); use a new --workdir to replay from another date");
            }
            return from != null ? from : recorded;
        }
        if (from != null) {
            return from;
        }
        return dataStart(source).orElse(SIMULATION_START);
    }

    /** First bar over the symbols plus the lookback, capped at the last bar's day; empty when unknown. */
    private static Optional<LocalDate> dataStart(DataPipelineConfig source) {
        if (source.source().equals("synthetic")) {
            return Optional.empty();
        }
        DataSource ds = Providers.byName(DataSource.class, source.source()).configure(source.sourceOptions());
        LocalDate first = null;
        LocalDate last = null;
        for (String symbol : source.symbols()) {
            Optional<AvailableRange> r = ds.availableRange(symbol, BarInterval.ONE_MINUTE);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            LocalDate f = r.get().first().atZone(NEW_YORK).toLocalDate();
            LocalDate l = r.get().last().atZone(NEW_YORK).toLocalDate();
            first = first == null || f.isBefore(first) ? f : first;
            last = last == null || l.isAfter(last) ? l : last;
        }
        if (first == null) {
            return Optional.empty();
        }
        LocalDate afterLookback = first.plusDays(source.lookbackDays());
        return Optional.of(afterLookback.isAfter(last) ? last : afterLookback);
    }
}
