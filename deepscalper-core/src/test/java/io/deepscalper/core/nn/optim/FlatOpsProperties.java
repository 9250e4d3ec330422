package io.deepscalper.core.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;

class FlatOpsProperties {
    @Property(tries = 200)
    void sumOfSquaresMatchesADoubleSumOnAnyRange(@ForAll @IntRange(min = 0, max = 20_000) int length,
                                                 @ForAll @IntRange(min = 0, max = 100) int from,
                                                 @ForAll long seed) {
        float[] v = new float[from + length + 7];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (r.nextGaussian() * Math.exp(r.nextGaussian()));
        }
        double expected = 0;
        for (int i = from; i < from + length; i++) {
            expected += (double) v[i] * v[i];
        }
        double actual = FlatOps.sumOfSquares(v, from, from + length, FlatOps.newLanes());
        assertThat(actual).isCloseTo(expected, within(1e-6 * expected + 1e-30));
    }

    @Property(tries = 100)
    void softUpdateMovesEachValueTheGivenFractionAndTauOneCopiesExactly(
            @ForAll @FloatRange(min = 0.01f, max = 1f) float tau, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] online = new float[100];
        float[] target = new float[100];
        for (int i = 0; i < 100; i++) {
            online[i] = (float) r.nextGaussian();
            target[i] = (float) r.nextGaussian();
        }
        float[] before = target.clone();
        FlatOps.softUpdate(target, online, tau, 10, 90);
        for (int i = 0; i < 100; i++) {
            if (i < 10 || i >= 90) {
                assertThat(target[i]).isEqualTo(before[i]);
            } else if (tau == 1f) {
                assertThat(target[i]).isEqualTo(online[i]);
            } else {
                assertThat(target[i]).isCloseTo(before[i] + tau * (online[i] - before[i]), within(1e-6f));
            }
        }
    }
}
