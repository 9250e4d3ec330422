package io.deepscalper.api.market;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses the fixed ISO-8601 layout {@code yyyy-MM-ddTHH:mm:ss[.000…](Z|±HH:mm)} straight from a
 * character buffer into epoch seconds, without {@code OffsetDateTime.parse} per line. The epoch day
 * of the last date seen is cached, because consecutive rows nearly always share a date; a new date
 * is validated once through {@link LocalDate#of}. Not thread-safe: one instance per read.
 */
final class IsoTimestampParser {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private int cachedDateKey = -1;
    private long cachedEpochDay;

    /**
     * @return the instant as epoch seconds
     * @throws DateTimeException with a short reason when the field does not follow the layout
     */
    long parseEpochSecond(char[] b, int s, int e) {
        int n = e - s;
        if (n < 20 || b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' || b[s + 13] != ':' || b[s + 16] != ':') {
            throw invalid(b, s, e, "expected yyyy-MM-ddTHH:mm:ss followed by Z or an offset like -05:00");
        }
        int year = digits(b, s, 4, e);
        int month = digits(b, s + 5, 2, e);
        int day = digits(b, s + 8, 2, e);
        int hour = digits(b, s + 11, 2, e);
        int minute = digits(b, s + 14, 2, e);
        int second = digits(b, s + 17, 2, e);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            throw invalid(b, s, e, "date and time fields must be digits");
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw invalid(b, s, e, "time of day out of range");
        }
        int i = s + 19;
        if (b[i] == '.') {
            i++;
            int fractionStart = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                if (b[i] != '0') {
                    throw invalid(b, s, e, "sub-second timestamps are not supported; bars start on whole seconds");
                }
                i++;
            }
            if (i == fractionStart) {
                throw invalid(b, s, e, "a '.' must be followed by fraction digits");
            }
        }
        long offsetSeconds = parseOffset(b, s, i, e);
        long epochDay = epochDay(b, s, e, year, month, day);
        return epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
    }

    private long parseOffset(char[] b, int s, int i, int e) {
        if (i == e - 1 && b[i] == 'Z') {
            return 0;
        }
        if (i != e - 6 || (b[i] != '+' && b[i] != '-') || b[i + 3] != ':') {
            throw invalid(b, s, e, "expected Z or an offset like -05:00 after the time");
        }
        int oh = digits(b, i + 1, 2, e);
        int om = digits(b, i + 4, 2, e);
        if (oh < 0 || om < 0 || om > 59) {
            throw invalid(b, s, e, "bad UTC offset");
        }
        int offset = oh * 3600 + om * 60;
        if (offset > MAX_OFFSET_SECONDS) {
            throw invalid(b, s, e, "UTC offset beyond +/-18:00");
        }
        return b[i] == '-' ? -offset : offset;
    }

    private long epochDay(char[] b, int s, int e, int year, int month, int day) {
        int key = year * 10_000 + month * 100 + day;
        if (key != cachedDateKey) {
            try {
                cachedEpochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException ex) {
                throw invalid(b, s, e, ex.getMessage());
            }
            cachedDateKey = key;
        }
        return cachedEpochDay;
    }

    /** @return the non-negative decimal value of {@code count} digits at {@code at}, or -1 */
    private static int digits(char[] b, int at, int count, int e) {
        if (at + count > e) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            char c = b[at + k];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static DateTimeException invalid(char[] b, int s, int e, String why) {
        return new DateTimeException("'" + new String(b, s, e - s) + "' is not a valid timestamp: " + why);
    }
}
