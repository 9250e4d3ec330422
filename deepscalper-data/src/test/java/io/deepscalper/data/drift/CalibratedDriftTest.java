package io.deepscalper.data.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.data.DriftSummary;
import io.deepscalper.api.data.FeatureDrift;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.spi.ProviderOptions;
import io.deepscalper.data.synthetic.SyntheticDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Thresholds calibrated on the reference's own sub-windows (the default), against the fixed ones. */
class CalibratedDriftTest {
    private static final int SESSION = 390;

    private static BarSeries synthetic(String vol, String from, String to) {
        return new SyntheticDataSource().configure(ProviderOptions.of(Map.of("seed", "7", "dailyVolatility", vol,
                "signal", "0.3"))).fetch("AAA", BarInterval.ONE_MINUTE, Instant.parse(from), Instant.parse(to));
    }

    /** @return the bars of sessions [from, to) of a series of whole 390-bar sessions, with 30 warm-up bars */
    private static BarSeries sessions(BarSeries s, int from, int to) {
        return s.slice(Math.max(0, from * SESSION - FeatureTable.WARM_UP), to * SESSION);
    }

    @Test
    void anUnchangedMarketDoesNotDriftWhereTheFixedThresholdsDo() {
        BarSeries s = synthetic("0.012", "2024-01-01T00:00:00Z", "2024-03-15T00:00:00Z");
        assertThat(s.size() / SESSION).isGreaterThanOrEqualTo(48);
        FeatureTable reference = FeatureTable.fromBars(List.of(sessions(s, 0, 18)));
        DriftDetector calibrated = new DriftDetector(DriftConfig.defaults());
        DriftDetector fixed = new DriftDetector(DriftConfig.defaults().withCalibration("none"));
        int calibratedAlarms = 0;
        int fixedAlarms = 0;
        for (int newest = 23; newest < 48; newest++) {
            FeatureTable window = FeatureTable.fromBars(List.of(sessions(s, newest - 4, newest + 1)));
            DriftSummary c = calibrated.detect(reference, window, "v_1");
            assertThat(c.features()).allMatch(f -> f.method().endsWith("/subsample"));
            calibratedAlarms += c.datasetDrift() ? 1 : 0;
            fixedAlarms += fixed.detect(reference, window, "v_1").datasetDrift() ? 1 : 0;
        }
        assertThat(calibratedAlarms).isLessThanOrEqualTo(1);
        assertThat(fixedAlarms).as("the fixed thresholds treat autocorrelated rows as independent")
                .isGreaterThan(calibratedAlarms);
    }

    @Test
    void doubledVolatilityDriftsWithThePValueAsStatistic() {
        BarSeries calm = synthetic("0.012", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z");
        BarSeries wild = synthetic("0.024", "2024-02-01T00:00:00Z", "2024-02-15T00:00:00Z");
        FeatureTable reference = FeatureTable.fromBars(List.of(sessions(calm, 0, 18)));
        DriftSummary s = new DriftDetector(DriftConfig.defaults()).detect(reference,
                FeatureTable.fromBars(List.of(sessions(wild, 0, 5))), "v_1");
        assertThat(s.datasetDrift()).as(s.toString()).isTrue();
        FeatureDrift atr = s.features().stream().filter(f -> f.feature().equals("atr")).findFirst().orElseThrow();
        assertThat(atr.method()).isEqualTo("wasserstein/subsample");
        assertThat(atr.threshold()).isEqualTo(0.05);
        assertThat(atr.statistic()).isEqualTo(1.0 / 201); // beyond every one of the 200 sub-windows
    }

    @Test
    void aReferenceTooShortToCalibrateFallsBackToTheFixedThresholds() {
        BarSeries s = synthetic("0.012", "2024-01-01T00:00:00Z", "2024-01-20T00:00:00Z");
        FeatureTable reference = FeatureTable.fromBars(List.of(sessions(s, 0, 3)));
        DriftSummary d = new DriftDetector(DriftConfig.defaults()).detect(reference,
                FeatureTable.fromBars(List.of(sessions(s, 3, 8))), "v_1");
        assertThat(d.features()).allMatch(f -> !f.method().contains("/"));
    }

    @Test
    void empiricalPValuesAndTheSizeRule() {
        double[] nulls = {0.1, 0.2, 0.3, 0.4};
        assertThat(DriftCalibration.pValue(nulls, 0.05)).isEqualTo(1.0);
        assertThat(DriftCalibration.pValue(nulls, 0.3)).isEqualTo(3.0 / 5);
        assertThat(DriftCalibration.pValue(nulls, 9)).isEqualTo(1.0 / 5);
        assertThat(DriftCalibration.calibratable(18, 5, 0.05)).isTrue();
        assertThat(DriftCalibration.calibratable(9, 5, 0.05)).isFalse(); // the rest would be shorter than the draw
        assertThat(DriftCalibration.calibratable(6, 3, 0.05)).isTrue(); // C(6, 3) = 20 draws
        assertThat(DriftCalibration.calibratable(6, 3, 0.01)).isFalse();
    }

    @Test
    void badCalibrationSettingsAreRefusedByName() {
        DriftConfig d = DriftConfig.defaults();
        assertThatThrownBy(() -> d.withCalibration("bootstrap")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("drift.calibration");
        assertThatThrownBy(() -> new DriftConfig("auto", 1000, 0.05, 0.1, 0.1, 10, 0.5, 50_000, "subsample", 0.001,
                200, 390)).hasMessageContaining("drift.calibrationLevel");
    }
}
