package io.deepscalper.api.spi;

/**
 * Base of the errors a {@link DataSource} throws. {@link #isTransient()} tells a caller such as the data
 * pipeline whether retrying later may help.
 */
public abstract class DataSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and how to fix it */
    protected DataSourceException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and how to fix it
     * @param cause   the underlying error
     */
    protected DataSourceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return true when the same request may succeed later (network error, rate limit, server error) */
    public abstract boolean isTransient();
}
