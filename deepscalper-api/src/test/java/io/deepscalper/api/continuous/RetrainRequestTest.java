package io.deepscalper.api.continuous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetrainRequestTest {
    private static final Instant T0 = Instant.parse("2026-01-02T15:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    @Test
    void queuedRequestsMergeIntoOneFullRetrainWhenEitherAskedForFull() {
        RetrainRequest merged = new RetrainRequest(true, "SPY", T0, "alice")
                .mergedWith(new RetrainRequest(false, "SPY", T1, "bob"));
        assertThat(merged).isEqualTo(new RetrainRequest(true, "SPY", T1, "bob"));
    }

    @Test
    void differentSymbolsWidenTheMergedRequestToAllSymbols() {
        RetrainRequest merged = new RetrainRequest(false, "SPY", T0, "cli")
                .mergedWith(new RetrainRequest(false, "QQQ", T1, "cli"));
        assertThat(merged.symbol()).isNull();
        assertThat(merged.full()).isFalse();
    }

    @Test
    void aSymbolThatIsNotATickerIsRejected() {
        assertThatThrownBy(() -> new RetrainRequest(false, "../x", T0, "cli"))
                .hasMessageContaining("is not a ticker");
    }
}
