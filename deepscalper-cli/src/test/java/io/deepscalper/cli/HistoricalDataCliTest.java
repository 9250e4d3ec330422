package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.cli.command.Times;
import io.deepscalper.cli.config.Sections;
import io.deepscalper.cli.config.Workdir;
import io.deepscalper.cli.config.WorkdirConfig;
import io.deepscalper.continuous.OrchestratorState;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History drives the loop: a csv folder of January 2011 minutes on the simulated clock, which starts where
 * the data starts (or at {@code --from}), names versions on that clock, and is what {@code backtest} and
 * {@code status} use afterwards (tiny config).
 */
@Tag("integration")
class HistoricalDataCliTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;
    @TempDir
    Path data;

    @Test
    void startOnACsvFolderOf2011MinutesRunsOnThatHistory() throws Exception {
        copyBundledJanuary2011();
        // as the quick start's config: the synthetic source with its planted-signal option, which csv does not know
        WorkdirConfig cfg = TinyConfig.create();
        cfg.with(Sections.DATA, cfg.section(Sections.DATA).toBuilder()
                .sourceOptions(ProviderOptions.empty().with("signal", "0.5")).build()).save(dir);
        Cli.Result start = Cli.run(dir, "start", "--source", "csv", "--data-dir", data.toString(), "--symbols", "SPY",
                "--clock", "simulated", "--max-cycles", "3", "--no-progress", "--retrain-interval", "1000");
        assertThat(start.exitCode()).as(start.out() + start.err()).isZero();
        // lookback 30 days after the first session (2011-01-03) is past the data's last day: the clock starts there
        assertThat(start.out()).contains("simulated market clock from 2011-01-31")
                .contains("cycle 1: fired: scheduled; FULL retrain registered v_20110131_")
                .contains("cycle 2: ").contains("cycle 3: ");
        List<ModelVersion> versions = new Workdir(dir).models().list();
        assertThat(versions).singleElement().satisfies(v ->
                assertThat(v.createdAt().atZone(NEW_YORK).toLocalDate()).as("registered on the simulated clock")
                        .isEqualTo(LocalDate.of(2011, 1, 31)));
        OrchestratorState state = OrchestratorState.load(dir);
        assertThat(state.simulationStart()).isEqualTo(LocalDate.of(2011, 1, 31));
        assertThat(state.cycles()).isEqualTo(3);
        // cycles on 01-31, 02-01 and 02-02 (the clock only moves between cycles)
        assertThat(state.clockAt().atZone(NEW_YORK).toLocalDate()).isEqualTo(LocalDate.of(2011, 2, 2));

        // without --from/--to, backtest takes the last 10 days of the simulated clock, not of the wall clock
        Cli.Result backtest = Cli.run(dir, "backtest", "--version", versions.get(0).id().value());
        assertThat(backtest.exitCode()).as(backtest.out() + backtest.err()).isZero();
        assertThat(backtest.out()).contains("2011-01-");
        Cli.Result status = Cli.run(dir, "status");
        assertThat(status.out()).contains("simulated from 2011-01-31")
                .contains("now at " + Times.local(state.clockAt()));

        // a later start continues where the clock stands; another --from on this directory is refused
        Cli.Result again = Cli.run(dir, "start", "--max-cycles", "1", "--no-progress");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(OrchestratorState.load(dir).clockAt().atZone(NEW_YORK).toLocalDate())
                .isEqualTo(LocalDate.of(2011, 2, 3));
        Cli.Result contradicting = Cli.run(dir, "start", "--from", "2011-01-10", "--max-cycles", "1", "--no-progress");
        assertThat(contradicting.exitCode()).isNotZero();
        assertThat(contradicting.err()).contains("--from 2011-01-10 contradicts", "started at 2011-01-31");
    }

    @Test
    void tooLittleHistoryNamesTheWindowThatWasSearched() throws Exception {
        copyBundledJanuary2011();
        TinyConfig.create().save(dir);
        Cli.Result start = Cli.run(dir, "start", "--source", "csv", "--data-dir", data.toString(), "--symbols", "SPY",
                "--from", "2011-01-05", "--max-cycles", "1", "--no-progress");
        assertThat(start.exitCode()).as(start.out() + start.err()).isZero();
        assertThat(start.out()).contains("simulated market clock from 2011-01-05")
                .contains("not enough data: every symbol needs more than 10 sessions")
                .contains("held: SPY 3 session(s) 2011-01-03..2011-01-05")
                .contains("searched 2010-12-").contains("from source 'csv'");
    }

    private void copyBundledJanuary2011() throws Exception {
        try (InputStream in = BundledData.class.getResourceAsStream(BundledData.SPY_JANUARY_2011)) {
            Files.copy(in, data.resolve(BundledData.SPY_JANUARY_2011));
        }
    }
}
