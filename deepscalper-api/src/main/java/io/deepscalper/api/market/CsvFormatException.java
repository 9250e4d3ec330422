package io.deepscalper.api.market;

/**
 * Thrown by {@link BarCsvReader} when a CSV input breaks the documented layout or a bar rule. The
 * message always names the source, the 1-based line number and the reason, for example
 * {@code SPY.csv line 17: high 126.1 is below low 126.3}, so that the user can open the file at that
 * line and fix it. Nothing is ever skipped silently: the first bad row stops the read.
 */
public class CsvFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * @param source a name for the input (usually the file name), used in the message
     * @param line   the 1-based line number of the offending row (the header is line 1)
     * @param reason what was wrong with the row and, where useful, how to fix it
     */
    public CsvFormatException(String source, long line, String reason) {
        super(source + " line " + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** @return the name of the input given to the reader */
    public String source() {
        return source;
    }

    /** @return the 1-based line number of the offending row (the header is line 1) */
    public long line() {
        return line;
    }

    /** @return the reason without the source and line prefix */
    public String reason() {
        return reason;
    }
}
