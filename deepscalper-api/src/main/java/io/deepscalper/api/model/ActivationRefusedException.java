package io.deepscalper.api.model;

/** Thrown when a version may not be activated automatically because it did not pass its validation gate. */
public class ActivationRefusedException extends ModelRegistryException {
    private static final long serialVersionUID = 1L;

    /** @param message which gate checks failed and how to force the activation */
    public ActivationRefusedException(String message) {
        super(message);
    }
}
