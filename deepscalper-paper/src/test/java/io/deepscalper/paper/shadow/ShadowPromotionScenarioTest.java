package io.deepscalper.paper.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.NewModelVersion;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.nn.ParameterSet;
import io.deepscalper.core.backtest.Backtester;
import io.deepscalper.core.dqn.TrainConfig;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.train.Trainer;
import io.deepscalper.paper.journal.JournalEvent;
import io.deepscalper.paper.journal.SessionRecord;
import io.deepscalper.paper.journal.TradingJournal;
import io.deepscalper.paper.sim.ReplayPace;
import io.deepscalper.paper.sim.SimulatedConnection;
import io.deepscalper.paper.trade.ModelDeciders;
import io.deepscalper.paper.trade.PaperRun;
import io.deepscalper.paper.trade.PaperTrader;
import io.deepscalper.paper.trade.PaperTradingOptions;
import io.deepscalper.registry.fs.FileSystemModelRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shadow loop on a simulated clock (the replay's bars are the time): a challenger trained on a market with a
 * planted edge, shadow-trading next to a champion that stays flat, is promoted by the gate's test once it has
 * enough live sessions; one trained where there is no edge is never promoted. Both challengers are trained once,
 * with fixed seeds.
 */
class ShadowPromotionScenarioTest {
    static final EnvConfig ENV = EnvConfig.builder().lookback(4).rewardScale(100).build();
    static final int SESSIONS = 20;
    static final int MIN_SESSIONS = 10;
    static ParameterSet edge;
    static ParameterSet noEdge;
    static io.deepscalper.api.nn.NetworkConfig network;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        edge = train(PlantedMarket.generate(2024, LocalDate.of(2024, 1, 2), 40, 100, 0.6, 0.002));
        noEdge = train(PlantedMarket.generate(2025, LocalDate.of(2024, 1, 2), 40, 100, 0.0, 0.002));
    }

    private static ParameterSet train(SessionSeries market) {
        TrainConfig c = TrainConfig.builder().totalSteps(8000).batchSize(64).bufferCapacity(20_000).warmupSteps(500)
                .epsilonDecaySteps(4000).learningRate(1e-3).gamma(0.9).tau(0.01).hindsightWeight(0.1)
                .hindsightHorizon(2).trunkSizes(List.of(64, 64)).headHidden(32).auxHidden(16).threads(1)
                .evalIntervalSteps(0).checkpointIntervalSteps(0).seed(7).build();
        try (Trainer t = Trainer.builder(market, ENV, c).trainSessions(0, 40).build()) {
            t.run();
            network = t.network().config();
            return t.network().parameters();
        }
    }

    /** Live sessions after the training data, on a market with the same planted edge. */
    static SessionSeries liveMarket() {
        return PlantedMarket.generate(99, LocalDate.of(2024, 6, 3), SESSIONS, 100, 0.6, 0.002);
    }

    private PaperRun shadowRun(ParameterSet challenger, String name, ModelStore store) {
        ModelVersion v = store.register(NewModelVersion.builder(challenger, network).trigger(name).build());
        SessionSeries live = liveMarket();
        Clock simulated = Clock.fixed(Instant.parse("2024-06-03T21:00:00Z"), ZoneOffset.UTC);
        try (ModelDeciders deciders = new ModelDeciders(store, m -> ENV);
             SimulatedConnection broker = new SimulatedConnection(live, 0, SESSIONS, Duration.ofMinutes(1), ENV,
                     ReplayPace.MAX);
             TradingJournal journal = TradingJournal.open(dir, name, simulated)) {
            PaperTrader trader = PaperTrader.builder(broker, journal, live.symbol())
                    .champion(ModelDeciders.flat(ENV, "flat (nothing deployed)"), null, Double.NaN)
                    .challenger(deciders.load(ModelRef.of(v.id())), v.id())
                    .referee(new ShadowReferee(ValidationGate.defaults(), MIN_SESSIONS)).deciders(deciders)
                    .options(PaperTradingOptions.defaults().withShadowMinSessions(MIN_SESSIONS)).build();
            PaperRun run = trader.run();
            List<JournalEvent> tests = journal.events().stream().filter(e -> e.kind().equals("shadow_test")).toList();
            tests.forEach(e -> System.out.println(name + ": " + e.message()));
            assertThat(tests).as("a test only every " + MIN_SESSIONS + " shadow sessions").isNotEmpty()
                    .allSatisfy(e -> assertThat(e.detailsJson()).contains("\"checks\"").contains("beats_flat"));
            return run;
        }
    }

    @Test
    void aChallengerWithAPlantedEdgeIsPromotedAfterEnoughShadowSessions() {
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        PaperRun run = shadowRun(edge, "edge", store);
        List<SessionRecord> shadow = run.challenger();
        assertThat(shadow).as("in shadow until the first test, then promoted").hasSize(MIN_SESSIONS);
        assertThat(shadow.stream().mapToDouble(SessionRecord::pnl).sum()).isGreaterThan(0);
        assertThat(run.champion().subList(0, MIN_SESSIONS)).allSatisfy(r -> assertThat(r.pnl()).isZero());
        String id = store.aliases().get(Alias.ACTIVE).value();
        assertThat(run.activeVersion()).isEqualTo(id);
        assertThat(run.champion().subList(MIN_SESSIONS, SESSIONS)).as("after promotion it trades through the broker")
                .allSatisfy(r -> assertThat(r.modelVersion()).isEqualTo(id));
        assertThat(run.endEquity()).isGreaterThan(run.startEquity());
        assertThat(store.history()).anySatisfy(e -> assertThat(e.toString()).contains("shadow promotion"));
    }

    @Test
    void aChallengerWithoutAnEdgeIsNeverPromoted() {
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        PaperRun run = shadowRun(noEdge, "no-edge", store);
        assertThat(run.challenger()).hasSize(SESSIONS);
        assertThat(store.aliases()).doesNotContainKey(Alias.ACTIVE);
        assertThat(run.champion()).allSatisfy(r -> assertThat(r.pnl()).isZero());
        assertThat(run.activeVersion()).startsWith("flat");
    }

    /**
     * The edge model's validation: its mean session return on held-out sessions of a market with the edge, measured
     * with the backtester through ONNX Runtime.
     */
    private static double validationMean(ModelStore store, ModelVersion v) {
        SessionSeries heldOut = PlantedMarket.generate(7, LocalDate.of(2024, 4, 1), MIN_SESSIONS, 100, 0.6, 0.002);
        try (ModelDeciders deciders = new ModelDeciders(store, m -> ENV)) {
            return new Backtester(heldOut, ENV).run(deciders.load(ModelRef.of(v.id())).policy()).dailyReturns()
                    .stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
    }

    private List<JournalEvent> tradeWhenTheEdgeIsGone(ModelStore store, ModelVersion champion, double promised,
                                                      List<SessionRecord> sessions) {
        // the regime changes: live sessions without the edge the champion was validated on
        SessionSeries live = PlantedMarket.generate(99, LocalDate.of(2024, 6, 3), SESSIONS, 100, 0.0, 0.002);
        try (ModelDeciders deciders = new ModelDeciders(store, m -> ENV);
             SimulatedConnection broker = new SimulatedConnection(live, 0, SESSIONS, Duration.ofMinutes(1), ENV,
                     ReplayPace.MAX);
             TradingJournal journal = TradingJournal.open(dir, "rollback", Clock.systemUTC())) {
            PaperRun run = PaperTrader.builder(broker, journal, live.symbol())
                    .champion(deciders.load(ModelRef.of(champion.id())), champion.id(), promised)
                    .referee(new ShadowReferee(ValidationGate.defaults(), MIN_SESSIONS)).deciders(deciders)
                    .options(PaperTradingOptions.defaults().withShadowMinSessions(MIN_SESSIONS)).build().run();
            sessions.addAll(run.champion());
            List<JournalEvent> events = journal.events();
            events.stream().filter(e -> e.kind().equals("probation")).forEach(e -> System.out.println(e.message()));
            return events;
        }
    }

    @Test
    void aLiveChampionFarBelowItsValidationIsRolledBackToFlatWhenThereIsNoEarlierChampion() {
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        ModelVersion v = store.register(NewModelVersion.builder(edge, network).trigger("edge").build());
        store.forceActivate(ModelRef.of(v.id()), "test: the champion");
        double promised = validationMean(store, v);
        assertThat(promised).as("its validation promised a gain").isGreaterThan(0.001);
        List<SessionRecord> sessions = new java.util.ArrayList<>();
        List<JournalEvent> events = tradeWhenTheEdgeIsGone(store, v, promised, sessions);
        assertThat(events).filteredOn(e -> e.kind().equals("rollback")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("degraded").contains("its validation")
                        .contains("no earlier champion"));
        assertThat(store.aliases()).doesNotContainKey(Alias.ACTIVE);
        assertThat(sessions.subList(0, MIN_SESSIONS)).allSatisfy(r -> assertThat(r.modelVersion())
                .isEqualTo(v.id().value()));
        assertThat(sessions.subList(MIN_SESSIONS, SESSIONS)).allSatisfy(r -> assertThat(r.pnl()).isZero());
    }

    @Test
    void aLiveChampionFarBelowItsValidationIsRolledBackToThePreviousChampion() {
        ModelStore store = new FileSystemModelRegistry().open(dir.resolve("models"));
        ModelVersion previous = store.register(NewModelVersion.builder(noEdge, network).trigger("earlier").build());
        ModelVersion v = store.register(NewModelVersion.builder(edge, network).trigger("edge").build());
        store.forceActivate(ModelRef.of(previous.id()), "test: the earlier champion");
        store.forceActivate(ModelRef.of(v.id()), "test: the champion");
        List<SessionRecord> sessions = new java.util.ArrayList<>();
        List<JournalEvent> events = tradeWhenTheEdgeIsGone(store, v, validationMean(store, v), sessions);
        assertThat(events).filteredOn(e -> e.kind().equals("rollback")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("now trading " + previous.id().value()));
        assertThat(store.aliases().get(Alias.ACTIVE)).isEqualTo(previous.id());
        assertThat(sessions.subList(MIN_SESSIONS, SESSIONS)).allSatisfy(r -> assertThat(r.modelVersion())
                .isEqualTo(previous.id().value()));
    }
}
