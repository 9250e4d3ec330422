package io.deepscalper.examples.triggers;

import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.continuous.PerformanceAnalyzer;
import io.deepscalper.continuous.wiring.MannKendallAnalyzer;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.MomentumPolicy;
import io.deepscalper.data.drift.DriftConfig;
import io.deepscalper.data.drift.DriftDetector;
import io.deepscalper.data.drift.FeatureTable;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The trigger-calibration benchmark: prints how often the data-drift and performance triggers fire on a
 * market that does not change (target: at most 5 % of cycles), how many drift alarms the bundled SPY
 * January 2011 raises week against week (target: at most one), and how many cycles after a planted change
 * each trigger needs (targets: drift within 2, performance within 3).
 *
 * <p>Setting, as in the quick start: one new session per cycle; the champion was trained on
 * {@value #REFERENCE} sessions (the drift reference) and validated on the {@value #VALIDATION} after them
 * (the start of its per-session P&L); the drift window is the newest {@value DriftCycles#WINDOW} sessions.
 * The champion is the 10-bar momentum rule, which earns on the planted momentum signal. Drift is shown
 * with the calibrated thresholds (the default) and with the fixed ones they replace.
 *
 * <p>Run: see {@code docs/triggers.md}; arguments {@code seeds cycles signal [performance-only]} change the
 * defaults (5, 50, 0.3); {@code performance-only} skips the drift columns (the slow part), for many seeds.
 */
public final class TriggerCalibrationBenchmark {
    static final int REFERENCE = 18;
    static final int VALIDATION = 5;
    static final int CHANGE_CYCLE = 10;
    static final int CHANGE_CYCLES = 20;
    /** The performance trigger's target on the flipped signal: detected within this many cycles. */
    static final int PERFORMANCE_TARGET = 3;

    private TriggerCalibrationBenchmark() {
    }

    /** @param args seeds, cycles, planted signal, and optionally {@code performance-only} */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        double signal = args.length > 2 ? Double.parseDouble(args[2]) : 0.3;
        if (args.length > 3 && !args[3].equals("performance-only")) {
            throw new IllegalArgumentException("the fourth argument can only be 'performance-only' but was '"
                    + args[3] + "'");
        }
        boolean drift = args.length <= 3;
        EnvConfig env = EnvConfig.defaults();
        PerformanceAnalyzer analyzer = new MannKendallAnalyzer(0.01, 10);
        DriftConfig calibrated = DriftConfig.defaults();
        DriftConfig fixed = calibrated.withCalibration("none");
        int first = REFERENCE + VALIDATION;

        System.out.printf(Locale.ROOT, "Trigger calibration: %d seed(s), signal %.3f, reference %d sessions, "
                + "validation %d, drift window %d%n%n", seeds, signal, REFERENCE, VALIDATION, DriftCycles.WINDOW);
        System.out.printf(Locale.ROOT, "%-44s %-26s %-26s %s%n", "scenario", "drift (calibrated)",
                "drift (fixed thresholds)", "performance");

        int[] fa = new int[3];
        double meanReturn = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            SessionSeries market = Markets.synthetic(seed, signal, first + cycles, Markets.Change.NONE, 0);
            int[] newest = range(first, first + cycles);
            if (drift) {
                fa[0] += count(DriftCycles.run(market, 0, REFERENCE, newest, calibrated));
                fa[1] += count(DriftCycles.run(market, 0, REFERENCE, newest, fixed));
            }
            double[] r = PerformanceCycles.sessionReturns(market, new MomentumPolicy(10), env);
            meanReturn += Arrays.stream(r).average().orElse(0) / seeds;
            fa[2] += count(PerformanceCycles.run(r, first, cycles, VALIDATION, analyzer));
        }
        int total = seeds * cycles;
        System.out.printf(Locale.ROOT, "%-44s %-26s %-26s %s%n",
                "stationary synthetic: cycles that fired", drift ? rate(fa[0], total) : "-",
                drift ? rate(fa[1], total) : "-", rate(fa[2], total));

        if (drift) {
            int[] spy = spy(calibrated);
            int[] spyFixed = spy(fixed);
            System.out.printf(Locale.ROOT, "%-44s %-26s %-26s %s%n", "SPY January 2011, week against week: alarms",
                    spy[0] + " of " + spy[1], spyFixed[0] + " of " + spyFixed[1], "-");
        }

        for (Markets.Change change : List.of(Markets.Change.VOLATILITY_X2, Markets.Change.SIGNAL_FLIPPED)) {
            List<Integer> dc = new ArrayList<>();
            List<Integer> df = new ArrayList<>();
            List<Integer> dp = new ArrayList<>();
            List<String> shifts = new ArrayList<>();
            for (long seed = 1; seed <= seeds; seed++) {
                int at = first + CHANGE_CYCLE;
                SessionSeries market = Markets.synthetic(seed, signal, first + CHANGE_CYCLES, change, at);
                int[] newest = range(first, first + CHANGE_CYCLES);
                if (drift) {
                    dc.add(delay(DriftCycles.run(market, 0, REFERENCE, newest, calibrated)));
                    df.add(delay(DriftCycles.run(market, 0, REFERENCE, newest, fixed)));
                }
                double[] r = PerformanceCycles.sessionReturns(market, new MomentumPolicy(10), env);
                dp.add(delay(PerformanceCycles.run(r, first, CHANGE_CYCLES, VALIDATION, analyzer)));
                shifts.add(String.format(Locale.ROOT, "%.1f", shift(r, REFERENCE, at, first + CHANGE_CYCLES)));
            }
            System.out.printf(Locale.ROOT, "%-44s %-26s %-26s %s%n", change.name().toLowerCase(Locale.ROOT)
                    + ": cycles to detect (per seed)", drift ? dc : "-", drift ? df : "-", dp);
            if (change == Markets.Change.SIGNAL_FLIPPED) {
                long within = dp.stream().filter(d -> d >= 1 && d <= PERFORMANCE_TARGET).count();
                System.out.printf(Locale.ROOT, "%-44s %-26s %-26s %s%n", "  seeds detected within "
                        + PERFORMANCE_TARGET + " cycles", "", "", within + " of " + seeds);
            }
            System.out.printf(Locale.ROOT, "%-44s %-26s %-26s %s%n", "  champion's mean return shift, in sd", "",
                    "", shifts);
        }
        System.out.printf(Locale.ROOT, "%nMomentum champion's mean return per session on the stationary market: "
                + "%.5f. Delays count cycles from the first changed session (1 = that cycle); %d = not within %d "
                + "cycles.%n", meanReturn, 0, CHANGE_CYCLES - CHANGE_CYCLE);
    }

    /** @return {alarms, comparisons}: each week's sessions against all sessions of the weeks before it */
    private static int[] spy(DriftConfig config) {
        SessionSeries spy = BundledData.spyJanuary2011();
        List<Integer> weekStarts = new ArrayList<>();
        int lastWeek = -1;
        for (int i = 0; i < spy.sessions().size(); i++) {
            int w = spy.sessions().get(i).date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (w != lastWeek) {
                weekStarts.add(i);
                lastWeek = w;
            }
        }
        weekStarts.add(spy.sessions().size());
        DriftDetector detector = new DriftDetector(config);
        int alarms = 0;
        int comparisons = 0;
        for (int w = 1; w + 1 < weekStarts.size(); w++) {
            int from = weekStarts.get(w);
            int to = weekStarts.get(w + 1);
            if (to - from < 3) {
                continue; // a one-day stub week (January 31) is not a week's window
            }
            FeatureTable reference = FeatureTable.fromBars(List.of(DriftCycles.bars(spy, 0, from)));
            DriftSummary s = detector.detect(reference, FeatureTable.fromBars(List.of(DriftCycles.bars(spy, from, to))),
                    "weeks before " + spy.sessions().get(from).date());
            comparisons++;
            if (s.datasetDrift()) {
                alarms++;
            }
        }
        return new int[] {alarms, comparisons};
    }

    /**
     * @return how far the mean per-session return fell from sessions [from, at) to [at, to), in standard
     *     deviations of the sessions before the change (negative: it rose)
     */
    private static double shift(double[] r, int from, int at, int to) {
        double before = Arrays.stream(r, from, at).average().orElse(0);
        double after = Arrays.stream(r, at, to).average().orElse(0);
        double ss = 0;
        for (int i = from; i < at; i++) {
            ss += (r[i] - before) * (r[i] - before);
        }
        return (before - after) / Math.sqrt(ss / (at - from - 1));
    }

    private static int delay(boolean[] fired) {
        for (int c = CHANGE_CYCLE; c < fired.length; c++) {
            if (fired[c]) {
                return c - CHANGE_CYCLE + 1;
            }
        }
        return 0;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static String rate(int n, int total) {
        return String.format(Locale.ROOT, "%d of %d (%.1f %%)", n, total, 100.0 * n / total);
    }
}
