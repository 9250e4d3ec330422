package io.deepscalper.api.broker;

/** A broker refused a request or could not be reached; the message says which and why. */
public class BrokerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and why */
    public BrokerException(String message) {
        super(message);
    }

    /**
     * @param message what failed and why
     * @param cause   the underlying error
     */
    public BrokerException(String message, Throwable cause) {
        super(message, cause);
    }
}
