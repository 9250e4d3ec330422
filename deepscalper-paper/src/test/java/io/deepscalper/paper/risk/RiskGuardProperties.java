package io.deepscalper.paper.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The risk limits hold whatever the model asks for. */
class RiskGuardProperties {
    private static final Instant T0 = Instant.parse("2025-03-03T14:31:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    /** One order the model asks for: seconds after the previous one, signed shares, the equity then. */
    record Ask(int gapSeconds, long shares, double equity) {
    }

    @Provide
    Arbitrary<List<Ask>> asks() {
        Arbitrary<Ask> one = Combinators.combine(Arbitraries.integers().between(0, 90),
                Arbitraries.longs().between(-5_000, 5_000), Arbitraries.doubles().between(80_000, 120_000))
                .as(Ask::new);
        return one.list().ofMinSize(1).ofMaxSize(200);
    }

    @Property(tries = 300)
    void thePositionNeverExceedsTheLimitAndAnOrderIsNeverEnlargedOrReversed(
            @ForAll("asks") List<Ask> asks, @ForAll @LongRange(min = 1, max = 3_000) long maxPosition,
            @ForAll @LongRange(min = -4_000, max = 4_000) long startPosition) {
        RiskGuard guard = new RiskGuard(new RiskLimits(maxPosition, 1.0, 10_000, true, 0));
        guard.startSession(DAY, 100_000);
        long position = startPosition;
        Instant now = T0;
        for (Ask a : asks) {
            now = now.plusSeconds(a.gapSeconds());
            RiskDecision d = guard.check(now, true, 300, position, a.equity(), a.shares());
            assertThat(Math.abs(d.allowed())).isLessThanOrEqualTo(Math.abs(a.shares()));
            if (d.allowed() != 0) {
                assertThat(Long.signum(d.allowed())).isEqualTo(Long.signum(a.shares()));
            }
            long after = position + d.allowed();
            // inside the limit, or (when it started outside) never further out than before
            assertThat(Math.abs(after)).isLessThanOrEqualTo(Math.max(maxPosition, Math.abs(position)));
            if (d.allowed() != a.shares()) {
                assertThat(d.breaches()).as("every cut is recorded with its reason").isNotEmpty()
                        .allSatisfy(b -> assertThat(b.reason()).isNotBlank());
            }
            long held = position;
            d.breaches().stream().filter(b -> b.limit().equals(Breach.MAX_POSITION)).forEach(b -> assertThat(b.reason())
                    .as("the message names the order, the position and what was let through")
                    .startsWith("order of " + a.shares() + " share(s) on a position of " + held
                            + (d.allowed() == 0 ? " refused" : " cut to " + d.allowed())));
            if (d.allowed() != 0) {
                guard.submitted(now);
            }
            position = after; // the worst case: every allowed share fills
        }
    }

    @Property(tries = 300)
    void neverMoreOrdersInAnyMinuteThanAllowed(@ForAll("asks") List<Ask> asks,
                                               @ForAll @IntRange(min = 1, max = 8) int perMinute) {
        RiskGuard guard = new RiskGuard(new RiskLimits(Long.MAX_VALUE, 1.0, perMinute, true, 0));
        guard.startSession(DAY, 100_000);
        List<Instant> submitted = new ArrayList<>();
        Instant now = T0;
        for (Ask a : asks) {
            now = now.plusSeconds(a.gapSeconds());
            RiskDecision d = guard.check(now, true, 300, 0, 100_000, a.shares());
            if (d.allowed() != 0) {
                guard.submitted(now);
                submitted.add(now);
            } else if (a.shares() != 0) {
                assertThat(d.breaches()).extracting(Breach::limit).containsExactly(Breach.MAX_ORDERS_PER_MINUTE);
            }
        }
        for (Instant t : submitted) {
            long inWindow = submitted.stream().filter(s -> !s.isBefore(t) && s.isBefore(t.plus(Duration.ofMinutes(1))))
                    .count();
            assertThat(inWindow).isLessThanOrEqualTo(perMinute);
        }
    }

    @Property(tries = 300)
    void afterTheKillSwitchTripsNothingMoreIsBoughtOrSoldThatDayAndTheNextDayTradesAgain(
            @ForAll("asks") List<Ask> asks, @ForAll @DoubleRange(min = 0.01, max = 0.2) double maxLoss,
            @ForAll @Size(min = 1, max = 1) List<@LongRange(min = 1, max = 1000) Long> held) {
        RiskGuard guard = new RiskGuard(new RiskLimits(Long.MAX_VALUE, maxLoss, 10_000, true, 0));
        guard.startSession(DAY, 100_000);
        long position = held.get(0);
        boolean tripped = false;
        Instant now = T0;
        for (Ask a : asks) {
            now = now.plusSeconds(a.gapSeconds());
            RiskDecision d = guard.check(now, true, 300, position, a.equity(), a.shares());
            boolean breach = a.equity() <= 100_000 * (1 - maxLoss);
            if (tripped || breach) {
                assertThat(d.allowed()).isZero();
                assertThat(d.flatten()).isEqualTo(position != 0);
                if (!tripped) {
                    assertThat(d.breaches()).extracting(Breach::limit).containsExactly(Breach.MAX_DAILY_LOSS);
                }
                tripped = true;
                position = 0; // the loop flattens
            }
        }
        assertThat(guard.halted()).isEqualTo(tripped);
        guard.startSession(DAY.plusDays(1), 90_000);
        assertThat(guard.halted()).isFalse();
        assertThat(guard.check(now.plus(Duration.ofDays(1)), true, 300, 0, 90_000, 10).allowed()).isEqualTo(10);
    }

    @Property(tries = 200)
    void nothingIsOrderedOutsideTradingHoursOrInsideTheFlattenWindow(
            @ForAll @LongRange(min = -5_000, max = 5_000) long asked, @ForAll @LongRange(min = 0, max = 30) long toClose,
            @ForAll @IntRange(min = 1, max = 20) int flattenMinutes, @ForAll boolean open) {
        RiskGuard guard = new RiskGuard(new RiskLimits(Long.MAX_VALUE, 1.0, 10_000, true, flattenMinutes));
        guard.startSession(DAY, 100_000);
        RiskDecision d = guard.check(T0, open, toClose, 100, 100_000, asked);
        boolean allowedTime = open && toClose > flattenMinutes;
        if (!allowedTime) {
            assertThat(d.allowed()).isZero();
            if (asked != 0) {
                assertThat(d.breaches()).extracting(Breach::limit).containsExactly(Breach.TRADING_HOURS);
            }
            assertThat(d.flatten()).isEqualTo(open);
        } else {
            assertThat(d.allowed()).isEqualTo(asked);
            assertThat(d.breaches()).isEmpty();
        }
    }
}
