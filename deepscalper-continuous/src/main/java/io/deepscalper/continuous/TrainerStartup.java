package io.deepscalper.continuous;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.data.DataUpdateListener;
import io.deepscalper.api.model.ModelStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link ContinuousTrainer#start()} does once it holds the working directory's lock: load the schedule
 * state, drop stop commands meant for an earlier trainer, repair the registry and temporary files after a
 * crash, subscribe to the data feed, and resume an interrupted retrain from its checkpoint. Kept apart from
 * the cycle, which it shares nothing with but the pipeline.
 */
final class TrainerStartup {
    private static final Logger LOG = LoggerFactory.getLogger(TrainerStartup.class);

    private final Path workdir;
    private final Clock clock;
    private final CommandQueue commands;
    private final ModelStore models;
    private final DataFeed feed;
    private final StatusPublisher status;
    private final RetrainPipeline pipeline;
    private final Runnable beforeCycle;

    /**
     * The trainer after start-up.
     *
     * @param state                the schedule state to run on
     * @param resumed              the resumed retrain, if one was interrupted
     * @param waitBeforeFirstCycle true when the resumed retrain finished a cycle a stop had cut short: the
     *                             clock moves on before the next cycle
     */
    record Started(OrchestratorState state, Optional<RetrainReport> resumed, boolean waitBeforeFirstCycle) {
    }

    TrainerStartup(Path workdir, Clock clock, CommandQueue commands, ModelStore models, DataFeed feed,
                   StatusPublisher status, RetrainPipeline pipeline, Runnable beforeCycle) {
        this.workdir = workdir;
        this.clock = clock;
        this.commands = commands;
        this.models = models;
        this.feed = feed;
        this.status = status;
        this.pipeline = pipeline;
        this.beforeCycle = beforeCycle;
    }

    /**
     * @param dataListener the trainer's listener, subscribed to the feed
     * @param afterRetrain what the trainer does after any retrain (the resumed one included)
     * @return the state to run on and the resumed retrain
     */
    Started run(DataUpdateListener dataListener, Consumer<RetrainReport> afterRetrain) {
        OrchestratorState state = OrchestratorState.load(workdir);
        int stale = commands.discardStale(TrainerCommand.Type.STOP);
        if (stale > 0) {
            LOG.info("Discarded {} stop command(s) left from an earlier trainer; they were meant for it, not "
                    + "for this one", stale);
        }
        StartupRepair.removeTemporaryLeftovers(workdir);
        var repaired = models.cleanup();
        if (!repaired.clean()) {
            LOG.warn(StartupRepair.describe(repaired));
        }
        feed.addListener(dataListener);
        status.publish(StatusPublisher.Phase.IDLE, state);
        Optional<PendingRun> pending = pipeline.pendingRun();
        if (pending.isEmpty()) {
            return new Started(state, Optional.empty(), false);
        }
        beforeCycle.run();
        LOG.info("Resuming interrupted retrain {} ({}, trigger {}) from its checkpoint",
                pending.get().runId(), pending.get().mode(), pending.get().trigger());
        RetrainReport r = pipeline.resume(pending.get(), state);
        state = pipeline.state();
        afterRetrain.accept(r);
        boolean waitBeforeFirstCycle = false;
        if (state.cycleInProgress() && r.outcome() != RetrainReport.Outcome.INTERRUPTED) {
            // the resumed retrain was the rest of that cycle: it is finished now, and the next cycle
            // starts after the wait the interrupted one never had (the next session on a simulated clock)
            state = state.cycleFinished();
            waitBeforeFirstCycle = true;
            LOG.info("Cycle {} finished by the resumed retrain", state.cycles());
        }
        state.at(clock.instant()).save(workdir);
        return new Started(state, Optional.of(r), waitBeforeFirstCycle);
    }
}
