package io.deepscalper.core.env;

/** Thrown when a configuration value is out of its documented range; the message names the field and the range. */
public class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message which field, which value, and what is allowed */
    public InvalidConfigException(String message) {
        super(message);
    }
}
