package io.deepscalper.dashboard;

/** A request for a run or version that the working directory does not hold (HTTP 404); says what exists. */
final class UnknownItemException extends DashboardException {
    private static final long serialVersionUID = 1L;

    UnknownItemException(String message) {
        super(message);
    }
}
