package io.deepscalper.api.spi;

/**
 * A failure that retrying will not fix without a change by the user: malformed data in a file, a
 * response the provider cannot parse, a rejected request.
 */
public class PermanentDataSourceException extends DataSourceException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and how to fix it */
    public PermanentDataSourceException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and how to fix it
     * @param cause   the underlying error
     */
    public PermanentDataSourceException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
