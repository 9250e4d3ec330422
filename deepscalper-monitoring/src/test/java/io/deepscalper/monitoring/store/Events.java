package io.deepscalper.monitoring.store;

import io.deepscalper.api.train.EpisodeEvent;
import io.deepscalper.api.train.UpdateEvent;
import java.time.LocalDate;
import java.util.Map;

/** Test events with values derived from the step, so that a read-back can be checked field by field. */
final class Events {
    private Events() {
    }

    static UpdateEvent update(long step) {
        return new UpdateEvent(step, step, 1.0 / (step + 1), 0.5 / (step + 1), 0.1, 1.0 - step * 1e-6,
                (int) Math.min(step, 500_000), 3e-4, 0.7, Map.of("trunk.0.weight", 0.5), Map.of("trunk.0.weight", 4.0),
                17_000_000L, 1_700_000_000_000L + step);
    }

    static EpisodeEvent episode(long step, long episode, double rawReturn) {
        return new EpisodeEvent(step, episode, "SPY", LocalDate.of(2024, 1, 2).plusDays(episode), rawReturn,
                rawReturn * 1.5, 390, 12, 0.5, 1_700_000_000_000L + step);
    }
}
