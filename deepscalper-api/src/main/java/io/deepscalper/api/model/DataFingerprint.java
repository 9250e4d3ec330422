package io.deepscalper.api.model;

import io.deepscalper.api.market.BarSeries;
import io.deepscalper.api.market.SessionSeries;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a version was trained on: symbols, the session range and a SHA-256 over the bars, so that two
 * versions can be told apart by their data and a retrain on identical data is recognisable.
 *
 * @param symbols      the symbols, in training order
 * @param firstSession first session date
 * @param lastSession  last session date
 * @param bars         number of bars hashed
 * @param sha256       hex SHA-256 over each series' symbol and its start, open, high, low, close and volume columns
 */
public record DataFingerprint(List<String> symbols, LocalDate firstSession, LocalDate lastSession, long bars,
                              String sha256) {

    /** Validates the fields. */
    public DataFingerprint {
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(firstSession, "firstSession");
        Objects.requireNonNull(lastSession, "lastSession");
        if (lastSession.isBefore(firstSession)) {
            throw new IllegalArgumentException("DataFingerprint: lastSession " + lastSession + " is before "
                    + "firstSession " + firstSession);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("DataFingerprint: sha256 must be 64 lower-case hex digits but was "
                    + sha256);
        }
    }

    /**
     * Fingerprints the sessions a model was trained on.
     *
     * @param series one or more symbols' sessions, each non-empty
     * @return the fingerprint
     */
    public static DataFingerprint of(List<SessionSeries> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("DataFingerprint: no series given");
        }
        MessageDigest digest = newDigest();
        LocalDate first = null;
        LocalDate last = null;
        long bars = 0;
        List<String> symbols = series.stream().map(SessionSeries::symbol).toList();
        for (SessionSeries s : series) {
            if (s.sessions().isEmpty()) {
                throw new IllegalArgumentException("DataFingerprint: series " + s.symbol() + " has no sessions");
            }
            LocalDate f = s.sessions().get(0).date();
            LocalDate l = s.sessions().get(s.sessions().size() - 1).date();
            first = first == null || f.isBefore(first) ? f : first;
            last = last == null || l.isAfter(last) ? l : last;
            bars += s.bars().size();
            hash(digest, s.bars());
        }
        return new DataFingerprint(symbols, first, last, bars, HexFormat.of().formatHex(digest.digest()));
    }

    private static void hash(MessageDigest digest, BarSeries bars) {
        digest.update(bars.symbol().getBytes(StandardCharsets.UTF_8));
        ByteBuffer row = ByteBuffer.allocate(6 * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < bars.size(); i++) {
            row.clear();
            row.putLong(bars.startEpochSecond(i)).putDouble(bars.open(i)).putDouble(bars.high(i))
                    .putDouble(bars.low(i)).putDouble(bars.close(i)).putDouble(bars.volume(i));
            digest.update(row.array());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256, which every Java SE platform must provide", e);
        }
    }
}
