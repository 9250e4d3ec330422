package io.deepscalper.paper.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerOptions;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.MarketClock;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.OrderSide;
import io.deepscalper.api.broker.OrderStatus;
import io.deepscalper.api.broker.TimeInForce;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.market.Bar;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import io.deepscalper.api.spi.Broker;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.core.env.EnvConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated broker: found by ServiceLoader, its clock, and its fills by the environment's fill model. */
class SimulatedBrokerTest {
    static final SessionSeries SPY = BundledData.spyJanuary2011();

    static BrokerConnection connect(Map<String, String> settings) {
        return Providers.byName(Broker.class, "simulated").connect(new BrokerOptions("SPY", settings, Map.of(),
                List.of(SPY, EnvConfig.defaults())));
    }

    @Test
    void bothProvidersAreFoundAndSimulatedIsTheDefault() {
        assertThat(Providers.load(Broker.class)).extracting(Broker::name).containsExactly("simulated", "alpaca");
        assertThat(Providers.best(Broker.class).name()).isEqualTo("simulated");
    }

    @Test
    void theClockClosesWithTheSessionsLastBarAndOpensAtTheNextOne() {
        try (BrokerConnection c = connect(Map.of("fromSession", "0", "toSession", "2"))) {
            int n = SPY.sessions().get(0).length();
            for (int i = 0; i < n - 1; i++) {
                c.nextBar(Duration.ZERO).orElseThrow();
                assertThat(c.clock().open()).isTrue();
            }
            Bar last = c.nextBar(Duration.ZERO).orElseThrow();
            MarketClock closed = c.clock();
            assertThat(closed.open()).isFalse();
            assertThat(closed.timestamp()).isEqualTo(last.start().plus(Duration.ofMinutes(1)));
            assertThat(closed.nextOpen()).isEqualTo(SPY.bars().start(SPY.sessions().get(1).start()));
            for (int i = 0; i < SPY.sessions().get(1).length(); i++) {
                c.nextBar(Duration.ZERO).orElseThrow();
            }
            assertThat(c.nextBar(Duration.ZERO)).isEmpty();
            assertThat(c.exhausted()).isTrue();
        }
    }

    @Test
    void aMarketableBuyFillsOnTheNextBarAtTheOpenWithSlippageAndFee() {
        try (BrokerConnection c = connect(Map.of())) {
            Bar first = c.nextBar(Duration.ZERO).orElseThrow();
            var o = c.submit(new OrderRequest("SPY", OrderSide.BUY, 100, first.close() * 1.01, TimeInForce.DAY, "t-1"));
            assertThat(c.newFills()).as("nothing fills before the next bar").isEmpty();
            Bar next = c.nextBar(Duration.ZERO).orElseThrow();
            List<Fill> fills = c.newFills();
            assertThat(fills).hasSize(1);
            double exec = Math.min(first.close() * 1.01, next.open()) * (1 + 0.5 / 10_000);
            assertThat(fills.get(0).price()).isEqualTo(exec);
            assertThat(fills.get(0).fee()).isEqualTo(Math.max(1.0, 0.0001 * (100 * exec)));
            assertThat(c.position().quantity()).isEqualTo(100);
            assertThat(c.cancel(o.id()).status()).as("a filled order stays filled").isEqualTo(OrderStatus.FILLED);
            assertThat(c.account().equity()).isEqualTo(c.account().cash() + 100 * next.close());
            Fill close = c.closePosition().orElseThrow();
            assertThat(close.shares()).isEqualTo(-100);
            assertThat(close.price()).as("the market-on-close gets the last close, no slippage")
                    .isEqualTo(next.close());
            assertThat(c.position().quantity()).isZero();
            c.nextBar(Duration.ZERO).orElseThrow();
            assertThat(c.newFills()).as("the closing fill is reported once, by closePosition").isEmpty();
        }
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(() -> connect(Map.of("sped", "2"))).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("unknown setting 'sped'");
        assertThatThrownBy(() -> connect(Map.of("speed", "fast"))).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("'max' or a number");
        assertThatThrownBy(() -> connect(Map.of("fromSession", "5", "toSession", "5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> Providers.byName(Broker.class, "simulated").connect(new BrokerOptions("QQQ",
                Map.of(), Map.of(), List.of(SPY)))).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("holds SPY");
    }

    @Test
    void aPacedReplayWaitsAMinuteBarOverTheSpeedBetweenBars() {
        assertThat(ReplayPace.parse("max").pause(Duration.ofMinutes(1))).isZero();
        assertThat(ReplayPace.parse("1").pause(Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(ReplayPace.parse("60").pause(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        try (BrokerConnection c = connect(Map.of("speed", "1200"))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                c.nextBar(Duration.ZERO).orElseThrow();
            }
            assertThat(System.nanoTime() - t0).as("4 bars at 50 ms each").isGreaterThanOrEqualTo(200_000_000L);
        }
    }
}
