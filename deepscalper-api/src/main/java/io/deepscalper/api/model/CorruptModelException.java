package io.deepscalper.api.model;

/**
 * Thrown when a version's files do not match the checksums recorded when it was saved (tampering,
 * disk corruption, an interrupted copy). The version has been moved to {@code models/quarantine/}.
 */
public class CorruptModelException extends ModelRegistryException {
    private static final long serialVersionUID = 1L;
    private final transient ModelVersionId version;

    /**
     * @param version the refused version
     * @param message which file differs and what to do
     */
    public CorruptModelException(ModelVersionId version, String message) {
        super(message);
        this.version = version;
    }

    /** @return the refused version */
    public ModelVersionId version() {
        return version;
    }
}
