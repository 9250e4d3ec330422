package io.deepscalper.examples.triggers;

import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.data.drift.DriftConfig;
import io.deepscalper.data.drift.DriftDetector;
import io.deepscalper.data.drift.FeatureTable;
import java.util.List;

/**
 * The data-drift trigger's decision, cycle by cycle, as the data pipeline makes it: the newest
 * {@value #WINDOW} sessions (plus the features' warm-up bars before them) against the reference the
 * champion was trained on; the trigger fires when the dataset drifted.
 */
final class DriftCycles {
    /** Sessions in the pipeline's drift window. */
    static final int WINDOW = 5;

    private DriftCycles() {
    }

    /**
     * @param series     the market
     * @param refFrom    first reference session
     * @param refTo      end of the reference sessions (exclusive)
     * @param newest     the newest session of each cycle's window, one per cycle
     * @param config     drift settings
     * @return per cycle, whether the trigger fired
     */
    static boolean[] run(SessionSeries series, int refFrom, int refTo, int[] newest, DriftConfig config) {
        DriftDetector detector = new DriftDetector(config);
        FeatureTable reference = FeatureTable.fromBars(List.of(bars(series, refFrom, refTo)));
        boolean[] fired = new boolean[newest.length];
        for (int c = 0; c < newest.length; c++) {
            BarSeries window = bars(series, newest[c] - WINDOW + 1, newest[c] + 1);
            DriftSummary s = detector.detect(reference, FeatureTable.fromBars(List.of(window)), "champion");
            fired[c] = s.datasetDrift();
        }
        return fired;
    }

    /** @return the bars of sessions [from, to), with the warm-up bars before {@code from} when there are any */
    static BarSeries bars(SessionSeries series, int from, int to) {
        int start = series.sessions().get(from).start();
        int end = series.sessions().get(to - 1).end();
        return series.bars().slice(Math.max(0, start - FeatureTable.WARM_UP), end);
    }
}
