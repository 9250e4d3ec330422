package io.deepscalper.cli.progress;

import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.ModelTrainer;
import io.deepscalper.continuous.wiring.TrainerAssembly;
import io.deepscalper.data.pipeline.DataPipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Opens the library's {@link TrainerAssembly} for a CLI working directory, adding terminal progress bars
 * (or plain progress lines) for fetching and training when asked: the one place where the CLI's display
 * meets the orchestrator.
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
        return open(workdir, config, clock, feed, progress ? ProgressMode.BAR : ProgressMode.NONE, null);
    }

    /**
     * @param workdir the working directory
     * @param config  its config
     * @param clock   the orchestrator's clock
     * @param feed    the data feed
     * @param mode    how to show progress; {@link ProgressMode#AUTO} is decided by {@link ProgressMode#onTerminal()}
     * @param lines   where {@link ProgressMode#LINES} writes (the command's output)
     * @return the assembly, built but not started
     */
    public static TrainerAssembly open(Workdir workdir, WorkdirConfig config, Clock clock, DataPipeline feed,
                                       ProgressMode mode, PrintWriter lines) {
        ProgressMode m = mode.resolve(ProgressMode.onTerminal());
        if (m == ProgressMode.LINES && lines == null) {
            throw new IllegalArgumentException("progress lines need an output");
        }
        UnaryOperator<ModelTrainer> decorate = switch (m) {
            case BAR -> ProgressTrainer::new;
            case LINES -> t -> new ProgressLines(t, lines, ProgressLines.DEFAULT_INTERVAL_MILLIS,
                    System::currentTimeMillis);
            default -> UnaryOperator.identity();
        };
        Consumer<DataPipeline> fetch = switch (m) {
            case BAR -> p -> new FetchProgress(p).run();
            case LINES -> p -> new FetchLines(p, lines).run();
            default -> DataPipeline::updateNow;
        };
        return TrainerAssembly.open(workdir.dir(), config.agentSetup(), clock, feed, List.of(), decorate, fetch);
    }
}
