package io.deepscalper.api.model;

/** Thrown when a reference names no version (unknown id, unset alias, empty registry). */
public class ModelNotFoundException extends ModelRegistryException {
    private static final long serialVersionUID = 1L;

    /** @param message which reference and what exists */
    public ModelNotFoundException(String message) {
        super(message);
    }
}
