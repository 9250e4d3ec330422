package io.deepscalper.api.model;

/** Thrown when text that should be a model version id (or alias) is not one. */
public class InvalidVersionIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param text the rejected text */
    public InvalidVersionIdException(String text) {
        super("invalid model version id '" + text + "': expected v_YYYYMMDD_HHMMSS with an optional _N suffix "
                + "(e.g. v_20260102_153000 or v_20260102_153000_2), or one of the references "
                + ModelRef.KEYWORDS + "; list versions with `deepscalper models --list`");
    }
}
