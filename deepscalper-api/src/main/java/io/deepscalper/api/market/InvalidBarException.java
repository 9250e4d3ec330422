package io.deepscalper.api.market;

/** Thrown when bar values or bar order break the rules documented on {@link Bar} and {@link BarSeries}. */
public class InvalidBarException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, specific enough to fix the input */
    public InvalidBarException(String message) {
        super(message);
    }
}
