package io.deepscalper.api.model;

/** Base of the registry's failures; the message says what went wrong and what to do. */
public class ModelRegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and how to fix it */
    public ModelRegistryException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and how to fix it
     * @param cause   the underlying failure
     */
    public ModelRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
