package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: headless Chromium loads the page of a short real run's working directory,
 * every chart must have drawn its series, and a training row written while the page is open must appear on
 * the loss chart without a reload. Screenshots go to {@code target/dashboard-screenshots/}. Skips with the
 * reason where Chromium or its driver is not installed.
 */
@Timeout(240)
class DashboardBrowserTest {
    /** Every chart of the page, by the name under which app.js registers it. */
    static final List<String> CHARTS = List.of("loss", "epsilon", "returns", "gradnorm", "evaluations", "heldout",
            "triggers", "quality", "health");
    /**
     * For one chart: the series count, the data series with at least one value, and the canvas pixels that are
     * not blank, i.e. what uPlot drew.
     */
    static final String INSPECT = """
            const u = window.dashboardCharts[arguments[0]];
            if (!u) return null;
            let filled = 0;
            for (let i = 1; i < u.data.length; i++) if (u.data[i].some(v => v !== null && v !== undefined)) filled++;
            const c = u.ctx.canvas, d = u.ctx.getImageData(0, 0, c.width, c.height).data;
            let painted = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) painted++;
            return {series: u.series.length - 1, filled: filled, points: u.data[0].length, painted: painted};
            """;
    private static final Path SHOTS = Path.of("target", "dashboard-screenshots");

    private static DashboardServer server;
    private static ChromeDriver browser;
    private static Path workdir;

    @BeforeAll
    static void open() throws IOException {
        assumeTrue(Browser.missing().isEmpty(), () -> Browser.missing().orElseThrow());
        workdir = WorkdirFixture.get();
        server = DashboardServer.start(DashboardOptions.loopback(workdir, 0));
        browser = Browser.open(Files.createTempDirectory(Path.of("target"), "chromium-profile-"), 1400, 3400);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyChartDrawsItsSeriesAndANewTrainingRowAppearsWithoutAReload() throws IOException, SQLException {
        browser.get(server.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> CHARTS.stream().allMatch(c -> drawn(c) != null));
        for (String c : CHARTS) {
            Map<String, Object> s = drawn(c);
            assertThat(((Number) s.get("series")).intValue()).as(c + " series").isPositive();
            assertThat(((Number) s.get("filled")).intValue()).as(c + " series with data").isPositive();
            assertThat(((Number) s.get("points")).intValue()).as(c + " points").isPositive();
            assertThat(((Number) s.get("painted")).intValue()).as(c + " painted pixels").isPositive();
        }
        // the training curves of each run: a fixture run has loss, epsilon and gradient norms in every row
        assertThat(drawn("loss").get("filled")).isEqualTo(3L);
        assertThat(drawn("evaluations").get("filled")).as("model and the four baselines").isEqualTo(5L);
        shoot("dashboard.png");
        // the continuous run was neither paper-traded nor tuned: both sections say so and draw nothing
        assertThat(browser.findElement(org.openqa.selenium.By.id("paper-note")).getText())
                .contains("no paper trading recorded");
        assertThat(browser.findElement(org.openqa.selenium.By.id("tuning-note")).getText())
                .contains("no hyperparameter search recorded");
        assertThat(drawn("paper")).isNull();
        assertThat(drawn("tuning")).isNull();

        // a marker that a reload would wipe, then a training row written by another connection, as a trainer would
        browser.executeScript("window.__notReloaded = true;");
        long step = lastStep() + 1;
        appendUpdateToNewestRun(step);
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "const u = window.dashboardCharts.loss; return u.data[0][u.data[0].length - 1] === arguments[0];",
                step)));
        // the overview's line may come one poll later than the chart: it was fetched before the training curves
        wait.until(d -> d.findElement(org.openqa.selenium.By.id("last-training")).getText()
                .contains("at step " + step));
        assertThat(browser.executeScript("return window.__notReloaded === true;")).isEqualTo(true);
        shoot("dashboard-after-new-row.png");
    }

    @Test
    void theVersionPageShowsMetadataGateRecordAndExports() throws IOException {
        String id = new Http(server).json("/api/versions").path("versions").get(0).path("id").asText();
        browser.get(server.url() + "#/version/" + id);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(org.openqa.selenium.By.id(
                "version-body")).getText().contains("Exports"));
        String text = browser.findElement(org.openqa.selenium.By.id("version-body")).getText();
        assertThat(text).contains("Gate record", "beats_flat", "deepscalper export --version " + id + " --format onnx",
                "model.params", "Config");
        shoot("version-page.png");
    }

    @Test
    void paperTradingAndTuningChartsDrawTheRunsSessionsAndEveryTrialsCurve() throws IOException {
        TradedWorkdirFixture f = TradedWorkdirFixture.get();
        try (DashboardServer traded = DashboardServer.start(DashboardOptions.loopback(f.dir, 0))) {
            browser.get(traded.url());
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> drawn("paper") != null && drawn("tuning") != null);
            int roles = f.paper.challenger().isEmpty() ? 1 : 2;
            Map<String, Object> paper = drawn("paper");
            assertThat(((Number) paper.get("series")).intValue()).as("champion and shadow challenger").isEqualTo(roles);
            assertThat(((Number) paper.get("filled")).intValue()).isEqualTo(roles);
            assertThat(((Number) paper.get("points")).intValue()).isEqualTo(TradedWorkdirFixture.SESSIONS);
            assertThat(((Number) paper.get("painted")).intValue()).as("paper painted pixels").isPositive();
            double champion = f.paper.champion().stream().mapToDouble(io.deepscalper.paper.journal.SessionRecord::pnl).sum();
            assertThat(((Number) browser.executeScript("const u = window.dashboardCharts.paper; "
                    + "return u.data[1][u.data[1].length - 1];")).doubleValue()).as("cumulative champion P&L")
                    .isCloseTo(champion, org.assertj.core.api.Assertions.within(1e-6));
            Map<String, Object> tuning = drawn("tuning");
            assertThat(((Number) tuning.get("series")).intValue()).as("one curve per trial")
                    .isEqualTo(TradedWorkdirFixture.TRIALS);
            assertThat(((Number) tuning.get("filled")).intValue()).isEqualTo(TradedWorkdirFixture.TRIALS);
            assertThat(((Number) tuning.get("points")).intValue()).as("checkpoints").isPositive();
            assertThat(((Number) tuning.get("painted")).intValue()).as("tuning painted pixels").isPositive();
            String searches = browser.findElement(org.openqa.selenium.By.id("tuning-searches")).getText();
            assertThat(searches).contains(f.tuning.result().searchId());
            f.tuning.registration().ifPresent(r -> assertThat(searches).contains(r.version().id().value(),
                    r.gate().passed() ? "passed the gate" : "failed the gate"));
            String paperText = browser.findElement(org.openqa.selenium.By.id("paper")).getText();
            assertThat(paperText).contains(f.paper.runId(), "Risk breaches");
            if (!f.paper.activeVersion().equals(f.paper.champion().get(0).modelVersion())) {
                assertThat(paperText).containsAnyOf("rollback", "promotion");
            }
            if (f.paper.breaches() > 0) {
                assertThat(paperText).contains("max_position", "the position may not exceed");
            }
            for (String section : List.of("paper", "tuning")) {
                Files.write(SHOTS.resolve("section-" + section + ".png"), browser.findElement(
                        org.openqa.selenium.By.id(section)).getScreenshotAs(OutputType.BYTES));
            }
        }
    }

    /**
     * Writes one learner-update row through a second connection, as the trainer's writer would: the next step of
     * the newest run (with that run's id and version where the store has those columns).
     */
    private static void appendUpdateToNewestRun(long step) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workdir.resolve("metrics.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            boolean runs;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('training_metrics') "
                    + "WHERE name = 'run_id'")) {
                runs = rs.next() && rs.getInt(1) > 0;
            }
            String cols = "kind, step, update_no, ts_millis, loss, q_loss, aux_loss, epsilon, grad_norm";
            String values = "'update', " + step + ", 99999, " + System.currentTimeMillis() + ", 0.0123, 0.01, 0.0023, 0.05, 0.5";
            s.executeUpdate(runs
                    ? "INSERT INTO training_metrics(" + cols + ", run_id, model_version) SELECT " + values
                            + ", run_id, model_version FROM training_metrics ORDER BY id DESC LIMIT 1"
                    : "INSERT INTO training_metrics(" + cols + ") VALUES (" + values + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> drawn(String chart) {
        return (Map<String, Object>) browser.executeScript(INSPECT, chart);
    }

    private static long lastStep() {
        return new Http(server).json("/api/overview").path("lastTraining").path("step").asLong();
    }

    private static void shoot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
