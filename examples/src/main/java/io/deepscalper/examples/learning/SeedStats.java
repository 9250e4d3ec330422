package io.deepscalper.examples.learning;

import io.deepscalper.core.backtest.PerformanceReport;
import java.util.ArrayList;
import java.util.List;

/** One policy's test reports over the seeds of a setup, summarised as mean and sample standard deviation. */
final class SeedStats {
    private final String policy;
    private final List<PerformanceReport> reports = new ArrayList<>();
    private final List<Double> flat = new ArrayList<>();

    SeedStats(String policy) {
        this.policy = policy;
    }

    void add(PerformanceReport r, double flatReturn) {
        reports.add(r);
        flat.add(flatReturn);
    }

    String policy() {
        return policy;
    }

    double meanReturn() {
        return mean(reports.stream().mapToDouble(PerformanceReport::totalReturn).toArray());
    }

    double minReturn() {
        return reports.stream().mapToDouble(PerformanceReport::totalReturn).min().orElse(Double.NaN);
    }

    int seedsAboveFlat() {
        int n = 0;
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).totalReturn() > flat.get(i)) {
                n++;
            }
        }
        return n;
    }

    /** @return one report row: return, Sharpe, max drawdown, trades, fees as mean ± sd, then seeds above flat */
    String row() {
        return String.format("| %s | %s | %s | %s | %s | %s | %d of %d |", policy,
                pct(reports.stream().mapToDouble(PerformanceReport::totalReturn).toArray()),
                num(reports.stream().mapToDouble(PerformanceReport::sharpe).toArray(), "%.2f"),
                pct(reports.stream().mapToDouble(PerformanceReport::maxDrawdown).toArray()),
                num(reports.stream().mapToDouble(PerformanceReport::trades).toArray(), "%.0f"),
                num(reports.stream().mapToDouble(PerformanceReport::fees).toArray(), "%.0f"), seedsAboveFlat(),
                reports.size());
    }

    private static String pct(double[] v) {
        return String.format("%+.2f %% ± %.2f", 100 * mean(v), 100 * sd(v));
    }

    private static String num(double[] v, String f) {
        return String.format(f + " ± " + f, mean(v), sd(v));
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
