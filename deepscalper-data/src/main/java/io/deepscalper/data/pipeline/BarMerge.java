package io.deepscalper.data.pipeline;

import io.deepscalper.api.market.BarSeries;

/** Dedupe-merge of held and new bars: union by start time, the newer bar winning a shared stamp. */
final class BarMerge {
    private BarMerge() {
    }

    /**
     * A merge result.
     *
     * @param bars  the merged, trimmed series
     * @param added starts in {@code fresh} that {@code held} did not have
     */
    record Result(BarSeries bars, int added) {
    }

    /** @return {@code held} and {@code fresh} merged, keeping bars starting at or after {@code keepFrom} */
    static Result merge(BarSeries held, BarSeries fresh, long keepFrom) {
        BarSeries.Builder b = BarSeries.builder(fresh.symbol());
        int i = held.lowerBound(keepFrom);
        int j = fresh.lowerBound(keepFrom);
        int added = 0;
        while (i < held.size() || j < fresh.size()) {
            boolean takeFresh;
            if (i >= held.size()) {
                takeFresh = true;
            } else if (j >= fresh.size()) {
                takeFresh = false;
            } else {
                long a = held.startEpochSecond(i);
                long c = fresh.startEpochSecond(j);
                if (a == c) {
                    i++; // the vendor's newer version of the same bar wins
                    takeFresh = true;
                    added--;
                } else {
                    takeFresh = c < a;
                }
            }
            if (takeFresh) {
                b.add(fresh.startEpochSecond(j), fresh.open(j), fresh.high(j), fresh.low(j), fresh.close(j),
                        fresh.volume(j));
                j++;
                added++;
            } else {
                b.add(held.startEpochSecond(i), held.open(i), held.high(i), held.low(i), held.close(i), held.volume(i));
                i++;
            }
        }
        return new Result(b.build(), added);
    }
}
