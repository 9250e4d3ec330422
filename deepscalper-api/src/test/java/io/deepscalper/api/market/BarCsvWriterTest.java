package io.deepscalper.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarCsvWriterTest {

    @Test
    void writesTheBundledLayoutRowForRow() throws IOException {
        BarSeries raw = BundledData.spyJanuary2011Raw();
        StringWriter out = new StringWriter();
        BarCsvWriter.newYork().write(out, List.of(raw.slice(0, 2)));
        assertThat(out.toString()).isEqualTo(BarCsvReader.HEADER + "\n"
                + "2011-01-03T04:00:00-05:00,SPY,126.35,126.39,126.35,126.39,1579\n"
                + "2011-01-03T04:01:00-05:00,SPY,126.45,126.45,126.45,126.45,300\n");
    }

    @Test
    void writeAtomicallyReplacesTheFileAndLeavesNoTemporaryBehind(@TempDir Path dir) throws IOException {
        BarSeries spy = BundledData.spyJanuary2011Raw();
        Path plain = dir.resolve("spy.csv");
        Path gz = dir.resolve("spy.csv.gz");
        Files.writeString(plain, "old content");
        BarCsvWriter.newYork().writeAtomically(plain, List.of(spy));
        BarCsvWriter.newYork().writeAtomically(gz, List.of(spy));
        assertThat(BarCsvReader.strict().readSymbol(plain, "SPY")).isEqualTo(spy);
        assertThat(BarCsvReader.strict().readSymbol(gz, "SPY")).isEqualTo(spy);
        assertThat(Files.size(gz)).isLessThan(Files.size(plain) / 3);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("spy.csv", "spy.csv.gz");
        }
    }
}
