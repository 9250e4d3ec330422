package io.deepscalper.data.csv;

import io.deepscalper.api.market.BarCsvWriter;
import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.BundledData;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes the bundled real SPY bars (PyAlgoTrade test data, Apache-2.0) into a directory, split in files. */
final class CsvFixtures {
    static final BarSeries SPY = BundledData.spyJanuary2011Raw();

    private CsvFixtures() {
    }

    /** SPY in three files: the first third plain, the rest in two gzipped parts that overlap by 100 bars. */
    static void writeSplitSpy(Path dir) throws IOException {
        int n = SPY.size();
        int a = n / 3;
        int b = 2 * n / 3;
        write(dir.resolve("SPY_part1.csv"), SPY.slice(0, a), false);
        write(dir.resolve("SPY_part2.csv.gz"), SPY.slice(a, b + 100), true);
        write(dir.resolve("SPY_part3.csv.gz"), SPY.slice(b, n), true);
    }

    static void write(Path file, BarSeries s, boolean gzip) throws IOException {
        try (Writer w = new OutputStreamWriter(gzip ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            BarCsvWriter.newYork().write(w, List.of(s));
        }
    }
}
