package io.deepscalper.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Human output: times to the second in local time, blank cells for columns that do not apply. */
class TableAndTimesTest {

    @Test
    void timesAreLocalToTheSecond() {
        Instant t = Instant.parse("2024-06-03T19:42:07.123456789Z");
        assertThat(Times.local(t, ZoneId.of("America/New_York"))).isEqualTo("2024-06-03 15:42:07");
        assertThat(Times.local(t, ZoneId.of("Asia/Tokyo"))).isEqualTo("2024-06-04 04:42:07");
        assertThat(Times.local(null)).isEqualTo("-");
        assertThat(Times.local(t)).isEqualTo(Times.local(t, ZoneId.systemDefault())).doesNotContain("T", ".123");
    }

    @Test
    void notApplicableCellsAreBlankAndInstantsLocal() {
        Instant t = Instant.parse("2024-06-03T19:42:07.5Z");
        String out = new Table("time", "loss", "raw_return").row(t, 0.25, Double.NaN).row(t, Double.NaN, -0.5).render();
        assertThat(out).doesNotContain("NaN").doesNotContain("2024-06-03T").contains(Times.local(t));
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(4);
        // the blank cell keeps the columns aligned: -0.5 starts where the raw_return header starts
        assertThat(lines[3].indexOf("-0.5000")).isEqualTo(lines[0].indexOf("raw_return"));
        assertThat(lines[2].stripTrailing()).endsWith("0.2500");
    }
}
