package io.deepscalper.api.spi;

/** A data-source option is unknown or has an invalid value; the message names the option and the fix. */
public class InvalidDataSourceOptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message which option was wrong and what is expected */
    public InvalidDataSourceOptionException(String message) {
        super(message);
    }
}
