package io.deepscalper.cli.config;

/** A {@code config --set} or a {@code config.json} value was refused; nothing was written. */
public class InvalidConfigValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message which key, what was wrong and what is allowed */
    public InvalidConfigValueException(String message) {
        super(message);
    }
}
