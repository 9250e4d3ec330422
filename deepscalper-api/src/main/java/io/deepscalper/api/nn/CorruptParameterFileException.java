package io.deepscalper.api.nn;

/** A parameter file or checkpoint is truncated, altered or of an unknown format. */
public class CorruptParameterFileException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public CorruptParameterFileException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause   underlying failure
     */
    public CorruptParameterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
