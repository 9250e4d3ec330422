package io.deepscalper.core.replay;

/**
 * Rebuilds an observation from compact indices, so that replay never stores observations.
 * The trainer backs it with the precomputed feature matrices of each series and
 * {@code Observations.write}.
 */
public interface ObservationSource {

    /** @return the observation length (features x lookback + 3 private-state values) */
    int observationSize();

    /**
     * Writes one observation. Must not allocate.
     *
     * @param seriesId         which series (as registered with the trainer)
     * @param barIndex         decision bar inside that series
     * @param positionFraction position over the maximum position, in [-1, 1]
     * @param cashOverEquity   cash over equity
     * @param sessionTimeLeft  fraction of the session left, in [0, 1]
     * @param dst              destination
     * @param offset           first index written in {@code dst}
     */
    void write(int seriesId, int barIndex, float positionFraction, float cashOverEquity, float sessionTimeLeft,
               float[] dst, int offset);
}
