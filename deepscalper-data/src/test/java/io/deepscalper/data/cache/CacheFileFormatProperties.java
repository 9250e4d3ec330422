package io.deepscalper.data.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class CacheFileFormatProperties {

    @Property(tries = 200)
    void encodeDecodeIsExact(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll long seed,
                             @ForAll @DoubleRange(min = 0.01, max = 5000) double price) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        BarSeries.Builder b = BarSeries.builder("SYM");
        long t = 1_600_000_000L;
        for (int i = 0; i < n; i++) {
            t += 60 * (1 + r.nextInt(3));
            double o = price * (1 + r.nextDouble() * 0.01);
            double c = price * (1 + r.nextDouble() * 0.01);
            b.add(t, o, Math.max(o, c) * 1.001, Math.min(o, c) * 0.999, c, r.nextInt(100_000));
        }
        BarSeries s = b.build();
        byte[] bytes = CacheFileFormat.encode(s, BarInterval.ONE_MINUTE);
        assertThat(CacheFileFormat.decode(bytes, "p").bars()).isEqualTo(s);
    }

    @Property(tries = 200)
    void everyTruncationIsDetected(@ForAll @IntRange(min = 1, max = 50) int n, @ForAll @IntRange(min = 1, max = 10_000) int cut) {
        BarSeries.Builder b = BarSeries.builder("SYM");
        for (int i = 0; i < n; i++) {
            b.add(1_600_000_000L + 60L * i, 10, 11, 9, 10.5, 100);
        }
        byte[] bytes = CacheFileFormat.encode(b.build(), BarInterval.ONE_MINUTE);
        int keep = Math.max(0, bytes.length - 1 - (cut % bytes.length));
        assertThatThrownBy(() -> CacheFileFormat.decode(java.util.Arrays.copyOf(bytes, keep), "p"))
                .isInstanceOf(CorruptCacheFileException.class);
    }
}
