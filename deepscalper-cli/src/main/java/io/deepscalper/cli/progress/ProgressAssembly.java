package io.deepscalper.cli.progress;

import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.data.pipeline.DataPipeline;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Opens the library's {@link TrainerAssembly} for a CLI working directory, adding terminal progress bars
 * for fetching and training when asked: the one place where the CLI's display meets the orchestrator.
 */
public final class ProgressAssembly {
    private ProgressAssembly() {
    }

    /**
     * @param workdir  the working directory
     * @param config   its config
     * @param clock    the orchestrator's clock
     * @param feed     the data feed
     * @param progress true to draw progress bars
     * @return the assembly, built but not started
     */
    public static TrainerAssembly open(Workdir workdir, WorkdirConfig config, Clock clock, DataPipeline feed,
                                       boolean progress) {
        return TrainerAssembly.open(workdir.dir(), config.agentSetup(), clock, feed, List.of(),
                progress ? ProgressTrainer::new : UnaryOperator.identity(),
                progress ? p -> new FetchProgress(p).run() : DataPipeline::updateNow);
    }
}
