package io.deepscalper.monitoring.store;

/** A metrics database could not be opened, read or written; the message says which file and why. */
public class MetricsStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and how to fix it
     * @param cause   the underlying error
     */
    public MetricsStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
