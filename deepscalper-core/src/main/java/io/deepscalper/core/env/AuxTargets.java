package io.deepscalper.core.env;

import io.deepscalper.api.features.FeatureMatrix;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;

/**
 * Precomputes the auxiliary volatility target of every bar that lies in a session (see
 * {@link TradingEnvironment} for the definition), so that a step only reads an array.
 */
final class AuxTargets {
    private AuxTargets() {
    }

    static double[] compute(SessionSeries series, int horizon, AuxWindow window) {
        double[] c = series.bars().closeColumn();
        int n = c.length;
        double[] logReturn = new double[n];
        for (int i = 1; i < n; i++) {
            logReturn[i] = Math.log(c[i] / c[i - 1]);
        }
        double[] out = new double[n];
        for (TradingSession s : series.sessions()) {
            int last = s.end() - 1;
            for (int t = s.start(); t <= last; t++) {
                int from;
                int to;
                if (window == AuxWindow.FUTURE) {
                    from = t + 1;
                    to = Math.min(t + horizon, last);
                } else {
                    from = Math.max(1, t - horizon + 1);
                    to = t;
                }
                out[t] = FeatureMatrix.PRICE_SCALE * std(logReturn, from, to);
            }
        }
        return out;
    }

    /** Population standard deviation of {@code x[from..to]}; 0 for an empty window. */
    private static double std(double[] x, int from, int to) {
        int count = to - from + 1;
        if (count <= 0) {
            return 0;
        }
        double mean = 0;
        for (int j = from; j <= to; j++) {
            mean += x[j];
        }
        mean /= count;
        double ss = 0;
        for (int j = from; j <= to; j++) {
            double d = x[j] - mean;
            ss += d * d;
        }
        return Math.sqrt(ss / count);
    }
}
