package io.deepscalper.monitoring.provider;

import io.deepscalper.api.spi.MetricProvider;
import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import java.util.function.ObjDoubleConsumer;

/**
 * The example custom-metric plug-in, registered in this module's test
 * {@code META-INF/services/io.deepscalper.api.spi.MetricProvider}: the share of the total loss that
 * comes from the TD term, and the hindsight bonus of each episode.
 */
public final class ExampleLossShareProvider implements MetricProvider {

    @Override
    public String name() {
        return "example";
    }

    @Override
    public void onUpdate(UpdateEvent event, ObjDoubleConsumer<String> out) {
        if (event.loss() != 0) {
            out.accept("example.q_loss_share", event.qLoss() / event.loss());
        }
    }

    @Override
    public void onEpisode(EpisodeEvent event, ObjDoubleConsumer<String> out) {
        out.accept("example.hindsight_bonus", event.hindsightReturn() - event.rawReturn());
    }
}
