package io.deepscalper.api.spi;

/** A failure that may go away by itself: network error, HTTP 429 or 5xx after the provider's own retries. */
public class TransientDataSourceException extends DataSourceException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public TransientDataSourceException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying error
     */
    public TransientDataSourceException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
