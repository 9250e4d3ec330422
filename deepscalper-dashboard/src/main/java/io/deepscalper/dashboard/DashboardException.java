package io.deepscalper.dashboard;

/**
 * A request the dashboard cannot answer: a file of the working directory it cannot read, a port it cannot
 * bind, or (as {@code UnknownItemException}) a run or version that does not exist; says which and why.
 */
public class DashboardException extends RuntimeException {
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
