package io.deepscalper.cli.command;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.wiring.NyseSessions;
import io.deepscalper.data.pipeline.DataPipelineConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent sessions of every configured symbol, fetched from the configured source up to the
 * command's clock: the common ground on which {@code models --compare} evaluates two versions now.
 */
final class SameSessions {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private SameSessions() {
    }

    /**
     * @param config  the working directory's config (source, symbols, lookback)
     * @param workdir the working directory (the simulated clock continues after its cycles)
     * @param count   how many sessions per symbol, at most
     * @return one series per symbol with sessions, each holding its last {@code count} sessions
     * @throws IllegalArgumentException when no symbol has a session in the lookback
     */
    static List<SessionSeries> latest(WorkdirConfig config, Path workdir, int count) {
        DataPipelineConfig src = config.section(Sections.DATA);
        LocalDate end = ClockSetup.trainerTime(src, workdir).atZone(NEW_YORK).toLocalDate();
        LocalDate start = end.minusDays(src.lookbackDays());
        DataSource ds = Providers.byName(DataSource.class, src.source()).configure(src.sourceOptions());
        Instant a = start.atStartOfDay(NEW_YORK).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        List<SessionSeries> out = new ArrayList<>();
        for (String symbol : src.symbols()) {
            BarSeries bars = ds.fetch(symbol, BarInterval.ONE_MINUTE, a, b);
            SessionSeries all = new NyseSessions().split(bars);
            int n = all.sessions().size();
            if (n > 0) {
                out.add(all.sessionRange(Math.max(0, n - count), n));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no trading session of " + src.symbols() + " between " + start
                    + " and " + end + " in source '" + src.source() + "'; nothing to compare on");
        }
        return out;
    }
}
