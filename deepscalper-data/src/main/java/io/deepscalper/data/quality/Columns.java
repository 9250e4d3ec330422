package io.deepscalper.data.quality;

import io.deepscalper.api.market.OhlcvColumns;
import java.util.Arrays;

/**
 * Working columns of the quality pass: the bars in an {@link OhlcvColumns}, plus each bar's session open
 * (negative outside regular hours) and whether the pass filled it in.
 */
final class Columns {
    final OhlcvColumns bars;
    long[] session;
    boolean[] filled;

    Columns(int capacity) {
        bars = new OhlcvColumns(capacity);
        int cap = Math.max(16, capacity);
        session = new long[cap];
        filled = new boolean[cap];
    }

    int size() {
        return bars.size();
    }

    void add(long t, long sessionOpen, double o, double h, double l, double c, double v, boolean isFilled) {
        int i = bars.size();
        if (i == session.length) {
            session = Arrays.copyOf(session, i * 2);
            filled = Arrays.copyOf(filled, i * 2);
        }
        bars.add(t, o, h, l, c, v);
        session[i] = sessionOpen;
        filled[i] = isFilled;
    }

    long[] filledStarts() {
        int count = 0;
        for (int i = 0; i < size(); i++) {
            if (filled[i]) {
                count++;
            }
        }
        long[] out = new long[count];
        int k = 0;
        for (int i = 0; i < size(); i++) {
            if (filled[i]) {
                out[k++] = bars.start(i);
            }
        }
        return out;
    }
}
