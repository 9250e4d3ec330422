package io.deepscalper.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import io.deepscalper.api.market.SessionSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFingerprintTest {

    @Test
    void fingerprintsTheBundledSpyMonth() {
        SessionSeries spy = BundledData.spyJanuary2011();
        DataFingerprint f = DataFingerprint.of(List.of(spy));
        assertThat(f.symbols()).containsExactly("SPY");
        assertThat(f.firstSession()).isEqualTo(LocalDate.of(2011, 1, 3));
        assertThat(f.lastSession()).isEqualTo(LocalDate.of(2011, 1, 31));
        assertThat(f.bars()).isEqualTo(spy.bars().size());
        assertThat(DataFingerprint.of(List.of(BundledData.spyJanuary2011()))).isEqualTo(f);
    }

    @Test
    void anyChangedBarChangesTheHash() {
        SessionSeries spy = BundledData.spyJanuary2011();
        BarSeries b = spy.bars();
        double[] close = b.closeColumn().clone();
        close[close.length / 2] += 0.01;
        BarSeries changed = BarSeries.of(b.symbol(), b.startEpochSecondsColumn(), b.openColumn(), b.highColumn(),
                b.lowColumn(), close, b.volumeColumn());
        DataFingerprint original = DataFingerprint.of(List.of(spy));
        DataFingerprint altered = DataFingerprint.of(List.of(new SessionSeries(changed, spy.sessions())));
        assertThat(altered.sha256()).isNotEqualTo(original.sha256());
        assertThat(altered.bars()).isEqualTo(original.bars());
    }

    @Test
    void rejectsMalformedFields() {
        assertThatThrownBy(() -> new DataFingerprint(List.of("SPY"), LocalDate.of(2011, 1, 3), LocalDate.of(2011, 1, 2),
                1, "a".repeat(64))).hasMessageContaining("before");
        assertThatThrownBy(() -> new DataFingerprint(List.of("SPY"), LocalDate.of(2011, 1, 3), LocalDate.of(2011, 1, 3),
                1, "xyz")).hasMessageContaining("64 lower-case hex");
        assertThatThrownBy(() -> DataFingerprint.of(List.of())).hasMessageContaining("no series");
    }
}
