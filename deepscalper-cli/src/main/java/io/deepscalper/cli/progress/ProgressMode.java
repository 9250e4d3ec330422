package io.deepscalper.cli.progress;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * How fetching and training progress is shown: a bar that redraws itself (only useful on a terminal), plain
 * lines at intervals (for logs and pipes, where carriage returns are noise), or nothing.
 */
public enum ProgressMode {
    /** A bar on a terminal, lines otherwise. */
    AUTO,
    /** A self-redrawing bar. */
    BAR,
    /** A plain line every few seconds and at the end of each run. */
    LINES,
    /** No progress output. */
    NONE;

    /**
     * @param value {@code auto}, {@code bar}, {@code lines} or {@code none} (any case)
     * @return the mode
     * @throws IllegalArgumentException naming the allowed values
     */
    public static ProgressMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--progress must be auto, bar, lines or none but was '" + value + "'", e);
        }
    }

    /** @return BAR, LINES or NONE: {@link #AUTO} decided by whether {@code terminal} */
    public ProgressMode resolve(boolean terminal) {
        return this != AUTO ? this : terminal ? BAR : LINES;
    }

    /**
     * @return whether standard input and output are an interactive terminal: {@link System#console()} exists
     *         (Java 17 gives none when either is redirected) and, on Java 22 and later, where a console always
     *         exists, says it is a terminal
     */
    public static boolean onTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
