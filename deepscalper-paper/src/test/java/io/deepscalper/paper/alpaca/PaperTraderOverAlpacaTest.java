package io.deepscalper.paper.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerOptions;
import io.deepscalper.api.market.Bar;
import io.deepscalper.api.spi.Broker;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.core.env.DecisionContext;
import io.deepscalper.core.env.EnvConfig;
import io.deepscalper.core.policy.Policy;
import io.deepscalper.paper.decide.Decider;
import io.deepscalper.paper.journal.JournalEvent;
import io.deepscalper.paper.journal.TradingJournal;
import io.deepscalper.paper.trade.PaperRun;
import io.deepscalper.paper.trade.PaperTrader;
import io.deepscalper.paper.trade.PaperTradingOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trading loop through the alpaca provider and the loopback stub: the journal is readable from another
 * connection while the loop runs, and a graceful stop leaves no open order and no position, and records both.
 */
class PaperTraderOverAlpacaTest {
    static final Instant OPEN = Instant.parse("2025-03-03T14:30:00Z");

    @TempDir
    Path dir;

    /** Buys a tenth of the maximum position at the top price bin on every bar: it fills, so there is a position. */
    static final Policy BUYER = new Policy() {
        @Override
        public String name() {
            return "buyer";
        }

        @Override
        public int act(DecisionContext c) {
            int q = c.config().quantityBins();
            return Policy.pack(c.config().priceBins() - 1, q / 2 + 1, q);
        }
    };

    /** Waits until the loop has decided on {@code n} bars and, its orders sent, is polling for the next bar. */
    private static void awaitDecisions(TradingJournal journal, AlpacaStubServer stub, long n,
                                       CompletableFuture<PaperRun> running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (journal.count("paper_decisions") < n) {
            tick(running, deadline);
        }
        int seen = stub.requests.size();
        while (!pollsAfter(stub, seen)) {
            tick(running, deadline);
        }
    }

    private static boolean pollsAfter(AlpacaStubServer stub, int seen) {
        synchronized (stub.requests) {
            return stub.requests.subList(seen, stub.requests.size()).contains("GET /v2/stocks/bars");
        }
    }

    private static void tick(CompletableFuture<PaperRun> running, long deadline) throws Exception {
        if (running.isDone()) {
            running.get(); // surfaces the loop's failure
        }
        assertThat(System.nanoTime()).as("the loop decides within 20 s").isLessThan(deadline);
        Thread.sleep(10);
    }

    @Test
    void journalIsReadableWhileTradingAndAGracefulStopLeavesNothingOpen() throws Exception {
        EnvConfig env = EnvConfig.builder().lookback(4).build();
        try (AlpacaStubServer stub = new AlpacaStubServer(OPEN.plusSeconds(5), Instant.parse("2025-03-03T21:00:00Z"))) {
            Broker alpaca = Providers.byName(Broker.class, "alpaca");
            PaperRun run;
            try (BrokerConnection c = alpaca.connect(new BrokerOptions("SPY", Map.of("baseUrl", stub.url(), "dataUrl",
                    stub.url(), "pollMillis", "10"), AlpacaBrokerTest.KEYS, List.of()));
                 TradingJournal journal = TradingJournal.open(dir, "alpaca-run", Clock.systemUTC())) {
                PaperTrader trader = PaperTrader.builder(c, journal, "SPY")
                        .champion(new Decider(BUYER, env, "buyer-v1"), null, Double.NaN)
                        .options(PaperTradingOptions.defaults().withShadowMinSessions(0)
                                .withLimits(new io.deepscalper.paper.risk.RiskLimits(500, 0.05, 10, true, 0)))
                        .build();
                stub.publish(new Bar(OPEN, 100, 100.1, 99.9, 100, 10_000));
                CompletableFuture<PaperRun> running = CompletableFuture.supplyAsync(trader::run);
                awaitDecisions(journal, stub, 1, running);
                double price = 100;
                for (int m = 1; m <= 6; m++) {
                    price += 0.05;
                    stub.publish(new Bar(OPEN.plus(Duration.ofMinutes(m)), price, price + 0.3, price - 0.3, price,
                            10_000));
                    // the next bar only once the loop has decided on this one: the run does not depend on timing
                    awaitDecisions(journal, stub, m + 1, running);
                }
                if (running.isCompletedExceptionally()) {
                    running.get(); // surfaces the loop's failure
                }
                try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("metrics.db"));
                     Statement s = reader.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM paper_decisions WHERE run_id = 'alpaca-run' "
                             + "AND model_version = 'buyer-v1'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("decisions are visible while the trader runs").isEqualTo(7);
                }
                assertThat(c.position().quantity()).as("the buyer holds a position before the stop").isPositive();
                trader.requestStop();
                run = running.get(30, TimeUnit.SECONDS);
                assertThat(journal.events()).extracting(JournalEvent::kind).contains("start", "stop");
                assertThat(journal.count("paper_breaches")).as("the 500-share limit cut the buyer's orders")
                        .isPositive();
                assertThat(c.openOrders()).isEmpty();
                assertThat(c.position().quantity()).isZero();
            }
            assertThat(run.openOrders()).isZero();
            assertThat(run.finalPosition()).isZero();
            assertThat(run.champion()).as("the stop closed the session and recorded it").hasSize(1);
            assertThat(run.champion().get(0).finalPosition()).isZero();
        }
    }
}
