package io.deepscalper.continuous;

import io.deepscalper.api.data.DataFeed;
import io.deepscalper.api.data.DataUpdate;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.metrics.DataReport;
import io.deepscalper.api.metrics.MetricsWriter;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a pipeline {@link DataUpdate} into the quality and drift {@link DataReport}s the metrics store keeps, and
 * describes what a feed holds for errors.
 */
final class DataReports {
    private static final ZoneId EXCHANGE = ZoneId.of("America/New_York");

    private DataReports() {
    }

    /** @return "; held: SYM n session(s) first..last, ..." over the feed's symbols, for "not enough data" errors */
    static String coverage(DataFeed feed, SessionSplitStrategy splitter) {
        List<String> parts = new ArrayList<>();
        for (String s : new TreeSet<>(feed.symbols())) {
            Optional<BarSeries> bars = feed.trainingData(s);
            if (bars.isEmpty() || bars.get().isEmpty()) {
                parts.add(s + " no bars");
                continue;
            }
            SessionSeries all = splitter.split(bars.get());
            int n = all.sessions().size();
            parts.add(s + " " + n + " session(s)" + (n == 0 ? "" : " " + all.sessions().get(0).date() + ".."
                    + all.sessions().get(n - 1).date()));
        }
        return "; held: " + String.join(", ", parts);
    }

    static void record(MetricsWriter metrics, DataUpdate u) {
        LocalDate from = (u.firstNew() != null ? u.firstNew() : u.at()).atZone(EXCHANGE).toLocalDate();
        LocalDate to = (u.lastNew() != null ? u.lastNew() : u.at()).atZone(EXCHANGE).toLocalDate();
        long ts = u.at().toEpochMilli();
        Map<String, Double> q = new LinkedHashMap<>();
        q.put("score", u.quality().score());
        q.put("threshold", u.quality().threshold());
        q.put("bars_checked", (double) u.quality().barsChecked());
        q.put("bars_accepted", (double) u.quality().barsAccepted());
        q.put("new_bars", (double) u.newBars());
        u.quality().issueCounts().forEach((k, v) -> q.put("issues." + k, v.doubleValue()));
        u.quality().remediations().forEach((k, v) -> q.put("remediated." + k, v.doubleValue()));
        List<String> findings = new ArrayList<>();
        u.quality().issueCounts().forEach((k, v) -> findings.add(v + " x " + k));
        metrics.onDataReport(new DataReport(ts, DataReport.QUALITY, "", u.symbol(), from, to, u.accepted(), q,
                findings));
        DriftSummary d = u.drift();
        if (d != null) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("drifted_share", d.driftedShare());
            m.put("share_threshold", d.shareThreshold());
            List<String> drifted = new ArrayList<>();
            for (FeatureDrift f : d.features()) {
                m.put(f.method() + "." + f.feature(), f.statistic());
                if (f.drifted()) {
                    drifted.add(f.feature() + " (" + f.method() + " " + f.statistic() + " vs " + f.threshold() + ")");
                }
            }
            metrics.onDataReport(new DataReport(ts, DataReport.DRIFT, "", u.symbol(), from, to, !d.datasetDrift(), m,
                    drifted));
        }
    }
}
