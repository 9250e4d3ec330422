package io.deepscalper.continuous.wiring;

import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.data.pipeline.DataPipeline;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens the data module's {@link DataPipeline} for a working directory ({@code data_cache/}). The
 * pipeline is not started on its own schedule: the orchestrator calls {@link DataPipeline#updateNow()}
 * at the start of every cycle, so that updates follow the orchestrator's (possibly simulated) clock.
 */
public final class Feeds {
    private Feeds() {
    }

    /**
     * @return the pipeline of {@code config}'s source (an unknown name fails with the available ones)
     */
    public static DataPipeline open(DataPipelineConfig config, Path workdir, Clock clock) {
        DataSource ds = Providers.byName(DataSource.class, config.source()).configure(config.sourceOptions());
        return open(config, ds, workdir, clock);
    }

    /** @return the pipeline over an already configured source */
    public static DataPipeline open(DataPipelineConfig config, DataSource source, Path workdir, Clock clock) {
        return new DataPipeline(config, source, workdir.resolve("data_cache"), clock);
    }
}
