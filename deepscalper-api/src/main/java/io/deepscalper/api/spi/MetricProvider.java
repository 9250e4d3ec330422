package io.deepscalper.api.spi;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import java.util.function.ObjDoubleConsumer;

/**
 * Custom metrics computed per learner update or per episode, found with {@link java.util.ServiceLoader}
 * (register in {@code META-INF/services/io.deepscalper.api.spi.MetricProvider}). Values go to every
 * open metrics sink.
 *
 * <p>Values are handed to a consumer rather than returned in a map so that a provider called on every
 * update need not allocate. Names are dot-separated and should be prefixed with the provider's name,
 * e.g. {@code myprovider.loss_ratio}.
 */
public interface MetricProvider extends Provider {

    /**
     * Called after each learner update.
     *
     * @param event the update
     * @param out   receives {@code (name, value)} pairs
     */
    default void onUpdate(UpdateEvent event, ObjDoubleConsumer<String> out) {
    }

    /**
     * Called after each finished episode.
     *
     * @param event the episode
     * @param out   receives {@code (name, value)} pairs
     */
    default void onEpisode(EpisodeEvent event, ObjDoubleConsumer<String> out) {
    }
}
