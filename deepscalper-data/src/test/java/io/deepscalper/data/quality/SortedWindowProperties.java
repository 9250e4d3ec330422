package io.deepscalper.data.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SortedWindowProperties {

    @Property(tries = 200)
    void theRollingMedianEqualsTheMedianOfWhatIsHeld(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SortedWindow w = new SortedWindow(31);
        List<Double> held = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            if (held.size() < 31 && (held.isEmpty() || r.nextBoolean())) {
                // few distinct values, so that ties and duplicates are exercised
                double v = r.nextInt(8) * 0.25;
                w.add(v);
                held.add(v);
            } else {
                w.remove(held.remove(r.nextInt(held.size())));
            }
            double[] copy = held.stream().mapToDouble(Double::doubleValue).toArray();
            double expected = copy.length == 0 ? Double.NaN : RobustStats.median(copy, copy.length);
            assertThat(w.size()).isEqualTo(held.size());
            assertThat(Double.compare(w.median(), expected)).as(w.median() + " vs " + expected).isZero();
        }
    }
}
