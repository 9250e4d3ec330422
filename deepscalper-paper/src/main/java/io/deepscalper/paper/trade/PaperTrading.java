package io.deepscalper.paper.trade;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerOptions;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.model.Alias;
import io.deepscalper.api.model.GateStatus;
import io.deepscalper.api.model.ModelMetadata;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.model.ModelVersion;
import io.deepscalper.api.model.ModelVersionId;
import io.deepscalper.api.model.ValidationGate;
import io.deepscalper.api.spi.Broker;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.journal.TradingJournal;
import io.deepscalper.paper.shadow.ShadowReferee;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paper trading from Java: connects the named {@link Broker}, loads the active model (through ONNX Runtime) as the
 * champion, or trades flat and says so when nothing is deployed, puts the challenger in shadow (the version the
 * user names, else the newest version that passed the gate and is not the champion), and journals everything in
 * the working directory's {@code metrics.db}.
 *
 * <pre>{@code
 * try (PaperTrading p = PaperTrading.open(PaperTrading.Setup.of(dir, "SPY", "simulated", store, env))) {
 *     PaperRun run = p.trader().run();
 * }
 * }</pre>
 */
public final class PaperTrading implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaperTrading.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    private final BrokerConnection broker;
    private final TradingJournal journal;
    private final ModelDeciders deciders;
    private final PaperTrader trader;
    private final Optional<String> nothingDeployed;
    private final String champion;
    private final Optional<String> challenger;

    /**
     * What to trade, where, with which models.
     *
     * @param workingDirectory where {@code metrics.db} lives
     * @param symbol           the symbol
     * @param broker           the {@link Broker} provider's name
     * @param settings         the provider's settings
     * @param context          in-process context for the provider (the replay series for {@code simulated})
     * @param store            the model registry
     * @param env              the working directory's environment (for the flat fallback and versions that store
     *                         none)
     * @param envOf            the environment a version was trained under
     * @param gate             the validation gate whose tests decide promotions and rollbacks
     * @param challenger       the version to put in shadow, or empty for the newest that passed the gate
     * @param warmUp           bars before the first live one, for the features
     * @param options          the loop's options
     * @param clock            the journal's time stamps
     */
    public record Setup(Path workingDirectory, String symbol, String broker, Map<String, String> settings,
                        java.util.List<Object> context, ModelStore store, EnvConfig env,
                        Function<ModelMetadata, EnvConfig> envOf, ValidationGate gate, Optional<ModelRef> challenger,
                        BarSeries warmUp, PaperTradingOptions options, Clock clock) {
        /** Checks the required parts. */
        public Setup {
            Objects.requireNonNull(workingDirectory, "workingDirectory");
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(broker, "broker");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(env, "env");
            Objects.requireNonNull(envOf, "envOf");
            Objects.requireNonNull(gate, "gate");
            Objects.requireNonNull(challenger, "challenger");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(clock, "clock");
            settings = Map.copyOf(settings);
            context = java.util.List.copyOf(context);
        }

        /** @return a setup with no settings or context, the default gate and options, and no warm-up */
        public static Setup of(Path workingDirectory, String symbol, String broker, ModelStore store, EnvConfig env) {
            return new Setup(workingDirectory, symbol, broker, Map.of(), java.util.List.of(), store, env, m -> env,
                    ValidationGate.defaults(), Optional.empty(), BarSeries.builder(symbol).build(),
                    PaperTradingOptions.defaults(), Clock.systemUTC());
        }
    }

    private PaperTrading(Setup s) {
        Broker provider = Providers.byName(Broker.class, s.broker());
        this.deciders = new ModelDeciders(s.store(), s.envOf());
        ModelStore store = s.store();
        Optional<ModelVersionId> active = Optional.ofNullable(store.aliases().get(Alias.ACTIVE));
        Decider champ;
        double promised = Double.NaN;
        if (active.isPresent()) {
            champ = deciders.load(ModelRef.of(active.get()));
            promised = Seat.promisedMean(store.metadata(ModelRef.of(active.get())));
            nothingDeployed = Optional.empty();
        } else {
            String why = "nothing deployed: no version is active, so the trader stays flat";
            champ = ModelDeciders.flat(s.env(), "flat (nothing deployed)");
            nothingDeployed = Optional.of(why);
            LOG.warn(why);
        }
        Optional<ModelVersionId> chId = s.challenger().map(r -> store.get(r).id())
                .or(() -> newestPassed(store, active.orElse(null)));
        Decider ch = chId.map(id -> deciders.load(ModelRef.of(id))).orElse(null);
        if (ch != null && ch.config().lookback() != champ.config().lookback()) {
            LOG.warn("challenger {} has lookback {} but the champion {}; its features come from the same bars",
                    ch.version(), ch.config().lookback(), champ.config().lookback());
        }
        this.champion = champ.version();
        this.challenger = chId.map(ModelVersionId::value);
        Map<String, String> env = System.getenv();
        this.broker = provider.connect(new BrokerOptions(s.symbol(), s.settings(), env, s.context()));
        this.journal = TradingJournal.open(s.workingDirectory(), "paper-" + RUN_ID.format(Instant.now(s.clock())),
                s.clock());
        nothingDeployed.ifPresent(why -> journal.event("flat", null, why, Map.of()));
        PaperTrader.Builder b = PaperTrader.builder(broker, journal, s.symbol()).warmUp(s.warmUp()).options(s.options())
                .champion(champ, active.orElse(null), promised).deciders(deciders);
        if (ch != null) {
            b.challenger(ch, chId.get());
        }
        if (s.options().shadowMinSessions() > 0) {
            b.referee(new ShadowReferee(s.gate(), Math.max(s.options().shadowMinSessions(), s.gate().minSessions())));
        }
        this.trader = b.build();
    }

    /** @return the newest version that passed the gate, other than the champion */
    private static Optional<ModelVersionId> newestPassed(ModelStore store, ModelVersionId champion) {
        return store.list().stream().filter(v -> v.gate() == GateStatus.PASSED && !v.id().equals(champion))
                .max(Comparator.comparing(ModelVersion::createdAt)).map(ModelVersion::id);
    }

    /**
     * Connects, loads the models and opens the journal.
     *
     * @throws io.deepscalper.api.spi.UnknownProviderException for an unknown broker name
     */
    public static PaperTrading open(Setup setup) {
        return new PaperTrading(setup);
    }

    /** @return the trading loop (run it, or stop it from another thread) */
    public PaperTrader trader() {
        return trader;
    }

    /** @return why the trader is flat, when nothing is deployed */
    public Optional<String> nothingDeployed() {
        return nothingDeployed;
    }

    /** @return the champion's version (or the flat fallback's label) */
    public String champion() {
        return champion;
    }

    /** @return the challenger's version, if one is in shadow */
    public Optional<String> challenger() {
        return challenger;
    }

    /** @return the journal */
    public TradingJournal journal() {
        return journal;
    }

    @Override
    public void close() {
        try {
            broker.close();
        } finally {
            try {
                journal.close();
            } finally {
                deciders.close();
            }
        }
    }
}
