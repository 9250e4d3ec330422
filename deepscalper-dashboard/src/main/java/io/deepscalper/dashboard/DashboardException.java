package io.deepscalper.dashboard;

/** A request the dashboard cannot answer (an unknown run or version, an unreadable file); says which and why. */
public final class DashboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what could not be read, naming the file, run or version */
    public DashboardException(String message) {
        super(message);
    }

    /**
     * @param message what could not be read
     * @param cause   the underlying error
     */
    public DashboardException(String message, Throwable cause) {
        super(message, cause);
    }
}
