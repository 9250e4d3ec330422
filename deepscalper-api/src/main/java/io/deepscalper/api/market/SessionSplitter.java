package io.deepscalper.api.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw series (any hours, any days) into a {@link SessionSeries} of regular-hours bars,
 * one {@link TradingSession} per exchange date that has at least one such bar.
 *
 * <p>A bar belongs to the exchange date of its START in the calendar's time zone, and is kept when
 * that start lies in the day's {@link SessionHours} {@code [open, close)}. Session hours come from
 * the calendar as instants, so daylight-saving changes and early closes (on an NYSE half day the bars
 * from 13:00 on are extended hours) are handled by construction. Filtered bars are never dropped
 * silently: the {@link SessionSplit} counts them by reason, and the split logs the counts at INFO.
 *
 * <p>Work per bar is a comparison against the current day's bounds; the calendar and the time zone
 * are consulted once per exchange date.
 */
public final class SessionSplitter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSplitter.class);

    private final TradingCalendar calendar;

    /** @param calendar the exchange calendar whose dates and hours define the sessions */
    public SessionSplitter(TradingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** @return a splitter for US equities ({@link NyseCalendar}) */
    public static SessionSplitter nyse() {
        return new SessionSplitter(NyseCalendar.instance());
    }

    /**
     * @param raw bars in ascending time order (as every {@link BarSeries} is)
     * @return the regular-hours series and the filter counts
     * @throws IllegalArgumentException when a bar's date lies outside the calendar's supported range
     */
    public SessionSplit split(BarSeries raw) {
        Objects.requireNonNull(raw, "raw");
        ZoneId zone = calendar.zone();
        long[] starts = raw.startEpochSecondsColumn();
        int[] kept = new int[raw.size()];
        int keptCount = 0;
        int beforeOpen = 0;
        int afterClose = 0;
        int nonTradingDay = 0;
        List<TradingSession> sessions = new ArrayList<>();

        long dayEnd = Long.MIN_VALUE;
        LocalDate date = null;
        long open = 0;
        long close = 0;
        boolean trading = false;
        int sessionStart = 0;
        for (int i = 0; i < starts.length; i++) {
            long t = starts[i];
            if (t >= dayEnd) {
                if (keptCount > sessionStart) {
                    sessions.add(new TradingSession(date, sessionStart, keptCount));
                }
                sessionStart = keptCount;
                date = Instant.ofEpochSecond(t).atZone(zone).toLocalDate();
                dayEnd = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
                Optional<SessionHours> hours = calendar.sessionHours(date);
                trading = hours.isPresent();
                open = trading ? hours.get().openEpochSecond() : 0;
                close = trading ? hours.get().closeEpochSecond() : 0;
            }
            if (!trading) {
                nonTradingDay++;
            } else if (t < open) {
                beforeOpen++;
            } else if (t >= close) {
                afterClose++;
            } else {
                kept[keptCount++] = i;
            }
        }
        if (keptCount > sessionStart) {
            sessions.add(new TradingSession(date, sessionStart, keptCount));
        }
        SessionSplit split = new SessionSplit(new SessionSeries(select(raw, kept, keptCount), sessions),
                raw.size(), keptCount, beforeOpen, afterClose, nonTradingDay);
        log(raw.symbol(), split);
        return split;
    }

    private static BarSeries select(BarSeries raw, int[] kept, int n) {
        if (n == raw.size()) {
            return raw;
        }
        long[] start = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int i = kept[k];
            start[k] = raw.startEpochSecond(i);
            o[k] = raw.open(i);
            h[k] = raw.high(i);
            l[k] = raw.low(i);
            c[k] = raw.close(i);
            v[k] = raw.volume(i);
        }
        return BarSeries.of(raw.symbol(), start, o, h, l, c, v);
    }

    private void log(String symbol, SessionSplit s) {
        if (s.filteredBars() > 0) {
            LOG.info("{}: kept {} regular-hours bars in {} {} sessions; filtered {} of {} bars "
                            + "({} before the open, {} after the close, {} on non-trading days)",
                    symbol, s.regularBars(), s.series().sessions().size(), calendar.name(), s.filteredBars(),
                    s.inputBars(), s.beforeOpenBars(), s.afterCloseBars(), s.nonTradingDayBars());
        } else {
            LOG.debug("{}: all {} bars are regular {} hours, {} sessions", symbol, s.inputBars(), calendar.name(),
                    s.series().sessions().size());
        }
    }
}
