package io.deepscalper.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import java.util.List;

class SumTreeProperties {

    @Property(tries = 200)
    void findReturnsTheLeafWhoseCumulativeRangeHoldsTheMass(
            @ForAll @Size(min = 1, max = 70) List<@DoubleRange(min = 0.0, max = 10.0) Double> priorities,
            @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double fraction) {
        SumTree tree = new SumTree(priorities.size());
        double total = 0;
        for (int i = 0; i < priorities.size(); i++) {
            tree.set(i, priorities.get(i));
            total += priorities.get(i);
        }
        assertThat(tree.total()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-9));
        if (total <= 0) {
            return;
        }
        double mass = fraction * total;
        int leaf = tree.find(mass);
        assertThat(priorities.get(leaf)).isPositive();
        double before = 0;
        for (int i = 0; i < leaf; i++) {
            before += priorities.get(i);
        }
        assertThat(mass).isGreaterThanOrEqualTo(before - 1e-9).isLessThanOrEqualTo(before + priorities.get(leaf) + 1e-9);
        double min = priorities.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertThat(tree.min()).isEqualTo(min);
    }
}
