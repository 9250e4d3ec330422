package io.deepscalper.core.env;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The order a broker receives is the one the environment's fill model would execute, never a short when long only. */
class ActionOrdersProperties {

    @Property(tries = 500)
    void longOnlyASellIsCutToTheSharesHeldAndFillsTheSameAsTheUncutOrder(
            @ForAll @IntRange(min = 0, max = 2) int quantityBin,
            @ForAll @DoubleRange(min = 1_000, max = 1_000_000) double equity,
            @ForAll @DoubleRange(min = 1, max = 2_000) double price,
            @ForAll @LongRange(min = 0, max = 5_000) long wanted) {
        long position = Math.min(wanted, (long) (equity / price)); // a long-only account holds what it paid for
        EnvConfig config = EnvConfig.defaults().toBuilder().quantityBins(3).allowShort(false).build();
        long asked = ActionOrders.orderShares(config, quantityBin, equity, price);
        long sent = ActionOrders.executableShares(config, asked, position);

        assertThat(position + sent).as("never below flat").isGreaterThanOrEqualTo(0);
        assertThat(Math.abs(sent)).as("never larger than asked").isLessThanOrEqualTo(Math.abs(asked));
        if (sent != 0) {
            assertThat(Long.signum(sent)).as("never reversed").isEqualTo(Long.signum(asked));
        }
        if (asked >= 0) {
            assertThat(sent).as("a buy is left alone").isEqualTo(asked);
        }
        // a marketable limit on a bar with ample volume: the cut order fills exactly as the uncut one does
        double cash = equity - position * price;
        FillModel uncut = new FillModel(config);
        FillModel cut = new FillModel(config);
        double limit = asked < 0 ? price * 0.99 : price * 1.01;
        uncut.fill(asked, limit, price, price * 1.001, price * 0.999, 1e12, cash, position);
        cut.fill(sent, limit, price, price * 1.001, price * 0.999, 1e12, cash, position);
        assertThat(cut.filledShares()).isEqualTo(uncut.filledShares());
        assertThat(cut.fillFee()).isEqualTo(uncut.fillFee());
    }

    @Property(tries = 200)
    void withShortingAllowedTheOrderIsUnchanged(@ForAll @LongRange(min = -10_000, max = 10_000) long asked,
                                                @ForAll @LongRange(min = -5_000, max = 5_000) long position) {
        EnvConfig config = EnvConfig.defaults().toBuilder().allowShort(true).build();
        assertThat(ActionOrders.executableShares(config, asked, position)).isEqualTo(asked);
    }
}
