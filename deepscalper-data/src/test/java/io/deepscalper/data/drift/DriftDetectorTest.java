package io.deepscalper.data.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftDetectorTest {
    /** The fixed (uncalibrated) thresholds. */
    private static final DriftDetector DETECTOR = new DriftDetector(DriftConfig.defaults().withCalibration("none"));

    private static BarSeries synthetic(String vol, String from, String to) {
        return new SyntheticDataSource().configure(ProviderOptions.of(Map.of("seed", "11", "dailyVolatility", vol)))
                .fetch("AAA", BarInterval.ONE_MINUTE, Instant.parse(from), Instant.parse(to));
    }

    @Test
    void twoHalvesOfTheSameDistributionDoNotDrift() {
        FeatureTable first = FeatureTable.fromBars(List.of(synthetic("0.012", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")));
        FeatureTable second = FeatureTable.fromBars(List.of(synthetic("0.012", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z")));
        assertThat(first.rows()).isGreaterThan(1000);
        DriftSummary s = DETECTOR.detect(first, second, "v_1");
        assertThat(s.features()).hasSize(15).allMatch(f -> f.method().equals("wasserstein"));
        assertThat(s.datasetDrift()).as(s.toString()).isFalse();
        assertThat(s.driftedShare()).isLessThan(0.5);
    }

    @Test
    void aShiftedVolatilityRegimeDrifts() {
        FeatureTable calm = FeatureTable.fromBars(List.of(synthetic("0.012", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z")));
        FeatureTable wild = FeatureTable.fromBars(List.of(synthetic("0.036", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z")));
        DriftSummary s = DETECTOR.detect(calm, wild, "v_1");
        assertThat(s.datasetDrift()).isTrue();
        assertThat(s.referenceId()).isEqualTo("v_1");
        assertThat(s.features().stream().filter(f -> f.feature().equals("atr")).findFirst().orElseThrow().drifted())
                .isTrue();
        assertThat(s.features().stream().filter(f -> f.feature().equals("return")).map(FeatureDrift::drifted))
                .containsExactly(true);
    }

    @Test
    void smallSamplesUseKsAndPsiIsAvailable() {
        SplittableRandom r = new SplittableRandom(3);
        float[] a = new float[500];
        float[] b = new float[500];
        float[] c = new float[500];
        for (int i = 0; i < 500; i++) {
            a[i] = (float) r.nextGaussian();
            b[i] = (float) r.nextGaussian();
            c[i] = (float) (3 * r.nextGaussian());
        }
        FeatureTable ref = new FeatureTable(List.of("x"), List.of(a));
        DriftSummary same = DETECTOR.detect(ref, new FeatureTable(List.of("x"), List.of(b)), "r");
        DriftSummary wide = DETECTOR.detect(ref, new FeatureTable(List.of("x"), List.of(c)), "r");
        assertThat(same.features().get(0).method()).isEqualTo("ks");
        assertThat(same.datasetDrift()).isFalse();
        assertThat(wide.datasetDrift()).isTrue();
        DriftDetector psi = new DriftDetector(DriftConfig.defaults().withCalibration("none").withMethod("psi"));
        assertThat(psi.detect(ref, new FeatureTable(List.of("x"), List.of(c)), "r").features().get(0).drifted()).isTrue();
        assertThat(psi.detect(ref, new FeatureTable(List.of("x"), List.of(b)), "r").features().get(0).drifted()).isFalse();
    }

    @Test
    void referenceIsStoredAndSurvivesARestartButNotDamage(@TempDir Path dir) throws Exception {
        FeatureTable t = FeatureTable.fromBars(List.of(synthetic("0.012", "2024-01-02T00:00:00Z", "2024-01-04T00:00:00Z")));
        DriftReferenceStore store = new DriftReferenceStore(dir.resolve("drift_reference.dsfr"));
        assertThat(store.load()).isEmpty();
        store.save(new DriftReferenceStore.Reference("v_20260105_120000", t));
        DriftReferenceStore.Reference back = new DriftReferenceStore(dir.resolve("drift_reference.dsfr")).load().orElseThrow();
        assertThat(back.id()).isEqualTo("v_20260105_120000");
        assertThat(back.features().names()).isEqualTo(t.names());
        for (int k = 0; k < t.names().size(); k++) {
            assertThat(back.features().columns().get(k)).isEqualTo(t.columns().get(k));
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("drift_reference.dsfr"));
        bytes[100] ^= 1;
        Files.write(dir.resolve("drift_reference.dsfr"), bytes);
        assertThat(store.load()).isEmpty();
    }
}
