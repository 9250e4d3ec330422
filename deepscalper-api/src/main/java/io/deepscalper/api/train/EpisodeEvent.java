package io.deepscalper.api.train;

import java.time.LocalDate;

/**
 * One finished training episode (one trading session).
 *
 * @param step            environment steps so far
 * @param episode         episodes so far
 * @param symbol          symbol traded
 * @param session         exchange date of the session
 * @param rawReturn       sum of raw rewards (scaled by initial equity)
 * @param hindsightReturn sum of hindsight-shaped rewards used for training
 * @param steps           steps in the episode
 * @param trades          fills in the episode
 * @param epsilon         exploration rate at the end
 * @param timestampMillis epoch millis when the episode ended
 */
public record EpisodeEvent(long step, long episode, String symbol, LocalDate session, double rawReturn,
                           double hindsightReturn, int steps, int trades, double epsilon, long timestampMillis) {
}
