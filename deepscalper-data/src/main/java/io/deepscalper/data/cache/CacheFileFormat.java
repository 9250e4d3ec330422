package io.deepscalper.data.cache;

import io.deepscalper.api.data.BarInterval;
import io.deepscalper.api.market.BarSeries;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The cache's file format, version 1. One file holds one symbol's bars of one interval. All numbers
 * are little-endian.
 * <pre>
 * offset  size        field
 * 0       4           magic "DSBC"
 * 4       4           format version, int32 = 1
 * 8       4           n, the number of bars, int32 &gt;= 0
 * 12      8           interval in seconds, int64
 * 20      2           symbol length in bytes, uint16
 * 22      s           symbol, UTF-8
 * 22+s    8n          bar starts, epoch seconds, int64, strictly increasing
 * ..      8n x 5      open, high, low, close, volume columns, float64 each
 * end-12  8           CRC-32C of every byte before this field, as int64
 * end-4   4           end marker "DSBE"
 * </pre>
 * A file is valid only when its length matches {@code n}, both markers are present and the checksum
 * matches; anything else (a torn write, a flipped bit, a foreign file) is reported as corrupt, never
 * half-read.
 */
public final class CacheFileFormat {
    static final int MAGIC = 0x43425344;      // "DSBC" little-endian
    static final int END = 0x45425344;        // "DSBE" little-endian
    static final int VERSION = 1;
    private static final int HEADER = 22;
    private static final int TRAILER = 12;

    private CacheFileFormat() {
    }

    /** @return the encoded file content */
    public static byte[] encode(BarSeries s, BarInterval interval) {
        byte[] symbol = s.symbol().getBytes(StandardCharsets.UTF_8);
        int n = s.size();
        ByteBuffer b = ByteBuffer.allocate(HEADER + symbol.length + 48 * n + TRAILER).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(VERSION).putInt(n).putLong(interval.seconds()).putShort((short) symbol.length).put(symbol);
        b.asLongBuffer().put(s.startEpochSecondsColumn());
        b.position(b.position() + 8 * n);
        for (double[] col : new double[][] {s.openColumn(), s.highColumn(), s.lowColumn(), s.closeColumn(),
                s.volumeColumn()}) {
            b.asDoubleBuffer().put(col);
            b.position(b.position() + 8 * n);
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue()).putInt(END);
        return b.array();
    }

    /**
     * @param source a name for messages
     * @return the decoded series
     * @throws CorruptCacheFileException when the content is not a complete, intact version-1 file
     */
    public static Decoded decode(byte[] data, String source) {
        if (data.length < HEADER + TRAILER) {
            throw new CorruptCacheFileException(source, "only " + data.length + " bytes, shorter than any valid file");
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != MAGIC) {
            throw new CorruptCacheFileException(source, "missing magic DSBC");
        }
        int version = b.getInt();
        if (version != VERSION) {
            throw new CorruptCacheFileException(source, "unsupported format version " + version);
        }
        int n = b.getInt();
        long intervalSeconds = b.getLong();
        int symbolLength = Short.toUnsignedInt(b.getShort());
        long expected = (long) HEADER + symbolLength + 48L * n + TRAILER;
        if (n < 0 || expected != data.length) {
            throw new CorruptCacheFileException(source, "length " + data.length + " does not match " + n
                    + " bars (expected " + expected + "); the file is truncated or torn");
        }
        CRC32C crc = new CRC32C();
        crc.update(data, 0, data.length - TRAILER);
        ByteBuffer tail = ByteBuffer.wrap(data, data.length - TRAILER, TRAILER).order(ByteOrder.LITTLE_ENDIAN);
        if (tail.getLong() != crc.getValue() || tail.getInt() != END) {
            throw new CorruptCacheFileException(source, "checksum mismatch");
        }
        String symbol = new String(data, HEADER, symbolLength, StandardCharsets.UTF_8);
        b.position(HEADER + symbolLength);
        long[] t = new long[n];
        b.asLongBuffer().get(t);
        b.position(b.position() + 8 * n);
        double[][] cols = new double[5][n];
        for (double[] col : cols) {
            b.asDoubleBuffer().get(col);
            b.position(b.position() + 8 * n);
        }
        try {
            return new Decoded(BarSeries.of(symbol, t, cols[0], cols[1], cols[2], cols[3], cols[4]),
                    new BarInterval(java.time.Duration.ofSeconds(intervalSeconds)));
        } catch (IllegalArgumentException e) {
            throw new CorruptCacheFileException(source, "checksum matches but content is invalid: " + e.getMessage());
        }
    }

    /**
     * A decoded file.
     *
     * @param bars     the bars
     * @param interval their interval
     */
    public record Decoded(BarSeries bars, BarInterval interval) {
    }
}
