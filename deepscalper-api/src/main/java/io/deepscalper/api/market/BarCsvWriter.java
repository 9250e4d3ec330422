package io.deepscalper.api.market;

import io.deepscalper.api.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Writes series in the layout {@link BarCsvReader} reads, so that what is written reads back to equal
 * series: timestamps with seconds and the zone's offset at that instant, prices in the shortest
 * decimal form that parses back to the same double, integral volumes without a fraction. Rows are
 * written series by series, each in time order, with {@code \n} line ends.
 *
 * <p>{@link #writeAtomically(Path, Collection)} never leaves a half-written file behind: it writes a
 * temporary file in the same folder, forces it to disk and renames it over the target.
 */
public final class BarCsvWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final ZoneId zone;

    /** @param zone the zone whose offsets the timestamps carry (the reader accepts any offset) */
    public BarCsvWriter(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** @return a writer that stamps bars with the New York offset, like the bundled data */
    public static BarCsvWriter newYork() {
        return new BarCsvWriter(ZoneId.of("America/New_York"));
    }

    /** Writes the header and every bar of {@code series} to {@code out} (not closed). */
    public void write(Writer out, Collection<BarSeries> series) throws IOException {
        out.write(BarCsvReader.HEADER);
        out.write('\n');
        StringBuilder row = new StringBuilder(96);
        for (BarSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                row.setLength(0);
                STAMP.formatTo(Instant.ofEpochSecond(s.startEpochSecond(i)).atZone(zone), row);
                row.append(',').append(s.symbol());
                appendNumber(row.append(','), s.open(i));
                appendNumber(row.append(','), s.high(i));
                appendNumber(row.append(','), s.low(i));
                appendNumber(row.append(','), s.close(i));
                appendNumber(row.append(','), s.volume(i));
                out.append(row).write('\n');
            }
        }
    }

    /**
     * Writes {@code file} (gzip-compressed when its name ends in {@code .gz}) so that readers see
     * either the old content or the complete new one, never a partial file.
     */
    public void writeAtomically(Path file, Collection<BarSeries> series) throws IOException {
        boolean gzip = file.getFileName().toString().endsWith(".gz");
        AtomicFiles.write(file, raw -> {
            OutputStream body = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
            Writer w = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
            write(w, series);
            w.flush();
            if (body instanceof GZIPOutputStream gz) {
                gz.finish();
            }
        });
    }

    private static void appendNumber(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }
}
