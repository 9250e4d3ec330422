package io.deepscalper.data.quality;

import java.util.Arrays;

/** Growable working columns of the quality pass, with each bar's session open and a filled flag. */
final class Columns {
    long[] start;
    long[] session;
    double[] open;
    double[] high;
    double[] low;
    double[] close;
    double[] volume;
    boolean[] filled;
    int size;

    Columns(int capacity) {
        int cap = Math.max(16, capacity);
        start = new long[cap];
        session = new long[cap];
        open = new double[cap];
        high = new double[cap];
        low = new double[cap];
        close = new double[cap];
        volume = new double[cap];
        filled = new boolean[cap];
    }

    void add(long t, long sessionOpen, double o, double h, double l, double c, double v, boolean isFilled) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            session = Arrays.copyOf(session, cap);
            open = Arrays.copyOf(open, cap);
            high = Arrays.copyOf(high, cap);
            low = Arrays.copyOf(low, cap);
            close = Arrays.copyOf(close, cap);
            volume = Arrays.copyOf(volume, cap);
            filled = Arrays.copyOf(filled, cap);
        }
        start[size] = t;
        session[size] = sessionOpen;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        filled[size] = isFilled;
        size++;
    }

    long[] filledStarts() {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (filled[i]) {
                count++;
            }
        }
        long[] out = new long[count];
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (filled[i]) {
                out[k++] = start[i];
            }
        }
        return out;
    }
}
