package io.deepscalper.paper.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.broker.BrokerConnection;
import io.deepscalper.api.broker.BrokerException;
import io.deepscalper.api.broker.BrokerOptions;
import io.deepscalper.api.broker.Fill;
import io.deepscalper.api.broker.Order;
import io.deepscalper.api.broker.OrderRequest;
import io.deepscalper.api.broker.OrderSide;
import io.deepscalper.api.broker.OrderStatus;
import io.deepscalper.api.broker.TimeInForce;
import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.market.Bar;
import io.deepscalper.api.spi.Broker;
import io.deepscalper.api.spi.Providers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alpaca provider against a loopback stub serving Alpaca-shaped bodies; the real service is never called. */
class AlpacaBrokerTest {
    static final Instant OPEN = Instant.parse("2025-03-03T14:30:00Z");
    static final Instant CLOSE = Instant.parse("2025-03-03T21:00:00Z");
    static final Map<String, String> KEYS = Map.of("APCA_API_KEY_ID", AlpacaStubServer.KEY_ID,
            "APCA_API_SECRET_KEY", AlpacaStubServer.SECRET);

    AlpacaStubServer stub;

    @BeforeEach
    void start() throws Exception {
        stub = new AlpacaStubServer(OPEN.plusSeconds(5), CLOSE);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    BrokerConnection connect(Map<String, String> env) {
        Broker b = Providers.byName(Broker.class, "alpaca");
        return b.connect(new BrokerOptions("SPY", Map.of("baseUrl", stub.url(), "dataUrl", stub.url(), "pollMillis",
                "20"), env, List.of()));
    }

    static Bar bar(int minute, double o, double h, double l, double c) {
        return new Bar(OPEN.plus(Duration.ofMinutes(minute)), o, h, l, c, 10_000);
    }

    @Test
    void ordersFillsPositionsAccountAndClockReadFromAlpacaShapes() {
        try (BrokerConnection c = connect(KEYS)) {
            assertThat(c.clock().open()).isTrue();
            assertThat(c.clock().nextClose()).isEqualTo(CLOSE);
            assertThat(c.account().cash()).isEqualTo(100_000);
            assertThat(c.position().quantity()).isZero();

            Order o = c.submit(new OrderRequest("SPY", OrderSide.BUY, 10, 100.0049, TimeInForce.DAY, "ds-1"));
            assertThat(o.status()).isEqualTo(OrderStatus.NEW);
            assertThat(o.clientOrderId()).isEqualTo("ds-1");
            assertThat(stub.orderBodies.get(0).get("limit_price").asText())
                    .as("a buy's limit is rounded down to the cent").isEqualTo("100.00");
            assertThat(stub.orderBodies.get(0).get("type").asText()).isEqualTo("limit");
            assertThat(stub.orderBodies.get(0).get("time_in_force").asText()).isEqualTo("day");
            assertThat(stub.orderBodies.get(0).get("qty").asText()).isEqualTo("10");
            assertThat(c.openOrders()).extracting(Order::id).containsExactly(o.id());

            stub.publish(bar(0, 100.2, 100.3, 99.5, 99.9));
            List<Fill> fills = c.newFills();
            assertThat(fills).hasSize(1);
            assertThat(fills.get(0).shares()).isEqualTo(10);
            assertThat(fills.get(0).price()).isEqualTo(100.0);
            assertThat(fills.get(0).orderId()).isEqualTo(o.id());
            assertThat(c.newFills()).as("each fill is reported once").isEmpty();
            assertThat(c.position().quantity()).isEqualTo(10);
            assertThat(c.openOrders()).isEmpty();

            Optional<Fill> closed = c.closePosition();
            assertThat(closed).isPresent();
            assertThat(closed.get().shares()).isEqualTo(-10);
            assertThat(closed.get().price()).isEqualTo(99.9);
            assertThat(c.position().quantity()).isZero();
            assertThat(c.newFills()).as("the closing fill is not reported twice").isEmpty();
            assertThat(c.account().cash()).isEqualTo(100_000 - 1000 + 999);
        }
    }

    @Test
    void aSellLimitRoundsUpAndACancelledOrderIsNoLongerOpen() {
        try (BrokerConnection c = connect(KEYS)) {
            Order o = c.submit(new OrderRequest("SPY", OrderSide.SELL, 3, 101.2301, TimeInForce.DAY, "ds-2"));
            assertThat(stub.orderBodies.get(0).get("limit_price").asText()).isEqualTo("101.24");
            assertThat(c.cancel(o.id()).status()).isEqualTo(OrderStatus.CANCELED);
            assertThat(c.openOrders()).isEmpty();
        }
    }

    @Test
    void barsArriveOnceInOrderAndOnlyWhenComplete() {
        stub.publish(bar(0, 100, 100.1, 99.9, 100));
        stub.publish(bar(1, 100, 100.1, 99.9, 100.05));
        try (BrokerConnection c = connect(KEYS)) {
            Optional<Bar> first = c.nextBar(Duration.ofMillis(500));
            assertThat(first).as("a cold start begins with the newest complete bar").isPresent();
            assertThat(first.get().start()).isEqualTo(OPEN.plus(Duration.ofMinutes(1)));
            assertThat(c.nextBar(Duration.ofMillis(100))).as("nothing new yet").isEmpty();
            stub.publish(bar(2, 100.05, 100.2, 100, 100.1));
            stub.publish(bar(3, 100.1, 100.2, 100, 100.15));
            assertThat(c.nextBar(Duration.ofMillis(500)).orElseThrow().start()).isEqualTo(OPEN.plus(Duration.ofMinutes(2)));
            assertThat(c.nextBar(Duration.ofMillis(500)).orElseThrow().close()).isEqualTo(100.15);
            stub.setTime(OPEN.plus(Duration.ofMinutes(4)).plusSeconds(30));
            stub.publish(bar(4, 100.1, 100.2, 100, 100.2));
            stub.setTime(OPEN.plus(Duration.ofMinutes(4)).plusSeconds(30));
            assertThat(c.nextBar(Duration.ofMillis(100))).as("a bar still in progress is not delivered").isEmpty();
        }
    }

    @Test
    void keysComeFromTheEnvironmentAndAreNeverLoggedOrInAnError() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (BrokerConnection c = connect(KEYS)) {
                c.submit(new OrderRequest("SPY", OrderSide.BUY, 1, 100, TimeInForce.DAY, "ds-3"));
                c.account();
            }
            Map<String, String> wrong = Map.of("APCA_API_KEY_ID", AlpacaStubServer.KEY_ID, "APCA_API_SECRET_KEY",
                    "wrong-" + AlpacaStubServer.SECRET);
            assertThatThrownBy(() -> connect(wrong)).isInstanceOf(BrokerException.class)
                    .hasMessageContaining("403").hasMessageContaining("APCA_API_SECRET_KEY")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(AlpacaStubServer.SECRET)
                            .doesNotContain(AlpacaStubServer.KEY_ID));
        } finally {
            System.setErr(saved);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("something was logged, so the check means something").contains("Alpaca paper account");
        assertThat(log).doesNotContain(AlpacaStubServer.SECRET).doesNotContain(AlpacaStubServer.KEY_ID);
    }

    @Test
    void missingKeysAndTheLiveHostAreRefusedClearly() {
        assertThatThrownBy(() -> connect(Map.of())).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("APCA_API_KEY_ID").hasMessageContaining("APCA_API_SECRET_KEY");
        Broker b = Providers.byName(Broker.class, "alpaca");
        assertThatThrownBy(() -> b.connect(new BrokerOptions("SPY", Map.of("baseUrl", "https://api.alpaca.markets"),
                KEYS, List.of()))).isInstanceOf(InvalidConfigException.class).hasMessageContaining("live-money");
        assertThatThrownBy(() -> b.connect(new BrokerOptions("SPY", Map.of("bogus", "1"), KEYS, List.of())))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("unknown setting 'bogus'");
        assertThat(stub.requests).as("nothing was sent for refused settings").isEmpty();
    }
}
