package io.deepscalper.spark;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.market.TradingSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One symbol's sessions in a form Spark can serialise into its tasks: the bar columns and the session
 * boundaries exactly as they are (no CSV round trip, no re-splitting), so a task trains on bit-identical data.
 */
final class SeriesPayload implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String symbol;
    private final long[] start;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final String[] dates;
    private final int[] from;
    private final int[] to;

    private SeriesPayload(SessionSeries s) {
        BarSeries b = s.bars();
        symbol = b.symbol();
        start = b.startEpochSecondsColumn();
        open = b.openColumn();
        high = b.highColumn();
        low = b.lowColumn();
        close = b.closeColumn();
        volume = b.volumeColumn();
        int n = s.sessions().size();
        dates = new String[n];
        from = new int[n];
        to = new int[n];
        for (int i = 0; i < n; i++) {
            TradingSession t = s.sessions().get(i);
            dates[i] = t.date().toString();
            from[i] = t.start();
            to[i] = t.end();
        }
    }

    static List<SeriesPayload> of(List<SessionSeries> series) {
        return series.stream().map(SeriesPayload::new).toList();
    }

    static List<SessionSeries> toSeries(List<SeriesPayload> payloads) {
        List<SessionSeries> out = new ArrayList<>();
        for (SeriesPayload p : payloads) {
            out.add(p.series());
        }
        return out;
    }

    SessionSeries series() {
        List<TradingSession> sessions = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            sessions.add(new TradingSession(LocalDate.parse(dates[i]), from[i], to[i]));
        }
        return new SessionSeries(BarSeries.of(symbol, start, open, high, low, close, volume), sessions);
    }
}
