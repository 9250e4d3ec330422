package io.deepscalper.api.data;

/**
 * Receives the data pipeline's events. Called on the pipeline's update thread, so implementations
 * should return quickly (hand work to another thread when it is slow). An exception thrown by a
 * listener is logged and does not stop the pipeline or other listeners.
 */
public interface DataUpdateListener {

    /** New bars for one symbol, with their quality and drift summaries. */
    void onUpdate(DataUpdate update);

    /** One symbol's update failed; it will be retried at the next scheduled update. */
    default void onFailure(DataFailure failure) {
    }
}
