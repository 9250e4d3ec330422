package io.deepscalper.api.market;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Hands out lines of a {@link Reader} as ranges of one reusable character buffer, so that reading a
 * CSV file allocates nothing per line. A line's range excludes its terminator ({@code \n} or
 * {@code \r\n}); {@link #terminated()} says whether the line had one, which is how a last line cut
 * off mid-row is told apart from a complete one.
 */
final class LineSource {
    private static final int MAX_LINE_CHARS = 1 << 20;

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    private int lineStart;
    private int lineEnd;
    private boolean terminated;

    LineSource(Reader in) {
        this.in = in;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the input
     * @throws LineTooLongException when a line exceeds {@value #MAX_LINE_CHARS} characters
     * @throws IOException           from the reader
     */
    boolean next() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    setLine(pos, i, true);
                    pos = i + 1;
                    return true;
                }
            }
            scanned = limit - pos;
            if (eof) {
                if (pos == limit) {
                    return false;
                }
                setLine(pos, limit, false);
                pos = limit;
                return true;
            }
            fill();
        }
    }

    /** Moves the unread tail to the front, grows the buffer if one line fills it, and reads more. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE_CHARS) {
                throw new LineTooLongException(MAX_LINE_CHARS);
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    private void setLine(int start, int end, boolean hadTerminator) {
        lineStart = start;
        lineEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        terminated = hadTerminator;
    }

    /** Signals a line so long that the input cannot be a bar CSV (a binary file, or no line ends). */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(int limit) {
            super("the line is longer than " + limit + " characters, so this is not a bar CSV "
                    + "(a binary file, or a file without line ends)");
        }
    }

    char[] buffer() {
        return buf;
    }

    int start() {
        return lineStart;
    }

    int end() {
        return lineEnd;
    }

    boolean terminated() {
        return terminated;
    }
}
