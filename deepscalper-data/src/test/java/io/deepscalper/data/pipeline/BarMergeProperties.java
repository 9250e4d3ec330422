package io.deepscalper.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.market.BarSeries;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BarMergeProperties {

    private static BarSeries series(Set<Integer> minutes, double price) {
        BarSeries.Builder b = BarSeries.builder("SYM");
        new java.util.TreeSet<>(minutes).forEach(m -> b.add(1_700_000_000L + 60L * m, price, price + 1, price - 1,
                price, m));
        return b.build();
    }

    @Property(tries = 300)
    void mergeIsTheDedupedUnionWithFreshBarsWinning(
            @ForAll @Size(max = 60) Set<@IntRange(min = 0, max = 100) Integer> held,
            @ForAll @Size(max = 60) Set<@IntRange(min = 0, max = 100) Integer> fresh,
            @ForAll @IntRange(min = 0, max = 100) int keepFromMinute) {
        BarSeries h = series(held, 10);
        BarSeries f = series(fresh, 20);
        long keepFrom = 1_700_000_000L + 60L * keepFromMinute;
        BarMerge.Result r = BarMerge.merge(h, f, keepFrom);

        TreeMap<Long, Double> expected = new TreeMap<>();
        for (int i = 0; i < h.size(); i++) {
            expected.put(h.startEpochSecond(i), h.close(i));
        }
        int added = 0;
        for (int i = 0; i < f.size(); i++) {
            if (expected.put(f.startEpochSecond(i), f.close(i)) == null && f.startEpochSecond(i) >= keepFrom) {
                added++;
            }
        }
        expected.headMap(keepFrom).clear();
        assertThat(r.bars().size()).isEqualTo(expected.size());
        int i = 0;
        for (var e : expected.entrySet()) {
            assertThat(r.bars().startEpochSecond(i)).isEqualTo(e.getKey());
            assertThat(r.bars().close(i)).isEqualTo(e.getValue());
            i++;
        }
        assertThat(r.added()).isEqualTo(added);
    }
}
