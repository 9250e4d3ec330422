package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.trade.PaperRun;
import io.deepscalper.tuning.CandidateRegistration;
import io.deepscalper.tuning.TrialResult;
import io.deepscalper.tuning.TrialStatus;
import io.deepscalper.tuning.TuningResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/paper} and {@code /api/tuning} over HTTP against a directory that was really tuned and paper-traded
 * ({@link TradedWorkdirFixture}): what they answer must be what the search and the paper run returned; and
 * directories without either say so instead of failing.
 */
class PaperAndTuningApiTest {
    private static TradedWorkdirFixture fixture;
    private static DashboardServer server;
    private static Http http;

    @BeforeAll
    static void serve() {
        fixture = TradedWorkdirFixture.get();
        server = DashboardServer.start(DashboardOptions.loopback(fixture.dir, 0));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void paperRunShowsEverySessionOfChampionAndChallengerWithItsVersion() {
        PaperRun run = fixture.paper;
        JsonNode p = http.json("/api/paper");
        assertThat(p.path("recorded").asBoolean()).isTrue();
        JsonNode r = only(p.path("runs"), "run", run.runId());
        assertThat(r.path("championSessions").asInt()).isEqualTo(TradedWorkdirFixture.SESSIONS);
        assertThat(r.path("championPnl").asDouble())
                .isCloseTo(run.champion().stream().mapToDouble(SessionRecord::pnl).sum(), within(1e-6));
        assertThat(r.path("fills").asLong()).isEqualTo(run.champion().stream().mapToLong(SessionRecord::fills).sum());
        assertThat(r.path("breaches").asInt()).isEqualTo(run.breaches());
        List<JsonNode> sessions = new ArrayList<>();
        p.path("sessions").forEach(s -> {
            if (run.runId().equals(s.path("run").asText())) {
                sessions.add(s);
            }
        });
        List<SessionRecord> expected = new ArrayList<>(run.champion());
        expected.addAll(run.challenger());
        assertThat(sessions).hasSize(expected.size());
        for (SessionRecord e : expected) {
            JsonNode s = sessions.stream().filter(x -> x.path("role").asText().equals(e.role())
                    && x.path("date").asText().equals(e.date().toString())).findFirst().orElseThrow();
            assertThat(s.path("version").asText()).isEqualTo(e.modelVersion());
            assertThat(s.path("pnl").asDouble()).as(e.toString()).isEqualTo(e.pnl());
            assertThat(s.path("sessionReturn").asDouble()).isEqualTo(e.sessionReturn());
        }
        if (!run.challenger().isEmpty()) {
            assertThat(r.path("challengerSessions").asInt()).isEqualTo(run.challenger().size());
            assertThat(r.path("challengerVersions").get(0).asText()).isEqualTo(run.challenger().get(0).modelVersion());
        }
    }

    @Test
    void breachesOrdersFillsAndEventsAreTheJournalsRows() {
        JsonNode p = http.json("/api/paper");
        // the list holds the newest breaches (the run's summary counts them all: see the test above)
        assertThat(p.path("breaches").size()).isEqualTo(Math.min(fixture.paper.breaches(), DashboardData.RECENT));
        long newer = Long.MAX_VALUE;
        for (JsonNode b : p.path("breaches")) {
            assertThat(b.path("limit").asText()).isNotBlank();
            assertThat(b.path("reason").asText()).isNotBlank();
            assertThat(b.path("id").asLong()).as("breaches come newest first").isLessThan(newer);
            newer = b.path("id").asLong();
        }
        Set<String> kinds = new HashSet<>();
        p.path("events").forEach(e -> kinds.add(e.path("kind").asText()));
        assertThat(kinds).contains("start", "stop");
        PaperRun run = fixture.paper;
        if (!run.challenger().isEmpty()) {
            assertThat(kinds).as("the shadow test after %d sessions", TradedWorkdirFixture.SESSIONS).contains("shadow_test");
        }
        if (!run.activeVersion().equals(run.champion().get(0).modelVersion())) {
            assertThat(kinds).as("the champion changed during the run").containsAnyOf("rollback", "promotion");
        }
        assertThat(p.path("orders").size()).isLessThanOrEqualTo(200);
        long previous = Long.MAX_VALUE;
        for (JsonNode f : p.path("fills")) {
            assertThat(f.path("id").asLong()).as("fills come newest first").isLessThan(previous);
            previous = f.path("id").asLong();
            assertThat(f.path("price").asDouble()).isPositive();
            assertThat(f.path("shares").asLong()).isNotZero();
        }
        assertThat(p.path("fills").size()).isEqualTo((int) Math.min(200,
                fixture.paper.champion().stream().mapToLong(SessionRecord::fills).sum()));
    }

    @Test
    void tuningShowsEveryTrialWithItsCurveAndTheBestTrialsGateOutcome() {
        TuningResult result = fixture.tuning.result();
        JsonNode t = http.json("/api/tuning");
        assertThat(t.path("recorded").asBoolean()).isTrue();
        JsonNode s = only(t.path("searches"), "search", result.searchId());
        assertThat(s.path("trials").asInt()).isEqualTo(TradedWorkdirFixture.TRIALS);
        assertThat(s.path("completed").asInt()).isEqualTo(result.count(TrialStatus.COMPLETED));
        assertThat(s.path("stoppedEarly").asInt()).isEqualTo(result.count(TrialStatus.STOPPED_EARLY));
        assertThat(s.path("bestTrial").isNull() ? null : s.path("bestTrial").asInt())
                .isEqualTo(result.best().map(TrialResult::number).orElse(null));
        List<JsonNode> trials = new ArrayList<>();
        t.path("trials").forEach(x -> {
            if (result.searchId().equals(x.path("search").asText())) {
                trials.add(x);
            }
        });
        assertThat(trials).hasSize(result.trials().size());
        for (TrialResult e : result.trials()) {
            JsonNode x = trials.get(e.number());
            assertThat(x.path("trial").asInt()).isEqualTo(e.number());
            assertThat(x.path("status").asText()).isEqualTo(e.status().name());
            assertThat(x.path("seed").asLong()).isEqualTo(e.seed());
            assertThat(x.path("steps").asLong()).isEqualTo(e.steps());
            assertThat(x.path("values").size()).isEqualTo(e.values().size());
            assertThat(x.path("curve").size()).as("one point per checkpoint").isEqualTo(e.curve().size()).isPositive();
            if (e.status() == TrialStatus.STOPPED_EARLY) {
                assertThat(x.path("stopReason").asText()).contains("successive halving");
            }
        }
        JsonNode reg = s.path("registered");
        if (fixture.tuning.registration().isPresent()) {
            CandidateRegistration.Registration g = fixture.tuning.registration().get();
            assertThat(reg.path("version").asText()).isEqualTo(g.version().id().value());
            assertThat(reg.path("passed").asBoolean()).isEqualTo(g.gate().passed());
            assertThat(reg.path("bestTrial").asInt()).isEqualTo(s.path("bestTrial").asInt());
        } else {
            assertThat(reg.isNull()).isTrue();
        }
    }

    @Test
    void directoriesWithoutPaperTradingOrTuningSaySo(@TempDir Path empty, @TempDir Path old) throws Exception {
        Files.createDirectories(empty);
        try (RawStore s = RawStore.create(old, false)) {
            s.update(1, 0.5, null, null); // a store from before the trials table's migration
        }
        // the continuous run's store has the tuning table (schema) but no trial, and no paper table at all
        for (Path dir : List.of(WorkdirFixture.get(), empty, old)) {
            try (DashboardServer s = DashboardServer.start(DashboardOptions.loopback(dir, 0))) {
                Http h = new Http(s);
                JsonNode p = h.json("/api/paper");
                assertThat(p.path("recorded").asBoolean()).isFalse();
                assertThat(p.path("note").asText()).contains("no paper trading recorded");
                assertThat(p.path("runs").size()).isZero();
                JsonNode t = h.json("/api/tuning");
                assertThat(t.path("recorded").asBoolean()).isFalse();
                assertThat(t.path("note").asText()).contains("no hyperparameter search recorded");
                assertThat(t.path("trials").size()).isZero();
            }
        }
    }

    private static JsonNode only(JsonNode list, String key, String value) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(x -> {
            if (value.equals(x.path(key).asText())) {
                found.add(x);
            }
        });
        assertThat(found).as(key + " " + value + " in " + list).hasSize(1);
        return found.get(0);
    }
}
