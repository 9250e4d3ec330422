package io.deepscalper.api.config;

import java.util.Objects;

/**
 * A configuration value was refused: a config record's field, a {@code config --set} assignment, a
 * {@code config.json} file or a provider option. The message is one line that names the key and what
 * is allowed, so that the CLI can print it as it is.
 *
 * <p>It extends {@link IllegalArgumentException} because a bad value is a bad argument to the record's
 * constructor; callers that only care about "invalid input" keep catching that.
 */
public class InvalidConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The dotted path of the offending value. */
    private final String key;

    /**
     * @param key     the dotted path of the offending value, e.g. {@code train.batchSize} or, for a provider
     *                option, the option's name; the file name when the whole file is unreadable
     * @param message which key, which value and what is allowed
     */
    public InvalidConfigException(String key, String message) {
        super(message);
        this.key = Objects.requireNonNull(key, "key");
    }

    /** @return the dotted path of the offending value, e.g. {@code train.batchSize} */
    public String key() {
        return key;
    }
}
