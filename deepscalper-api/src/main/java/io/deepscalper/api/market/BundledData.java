package io.deepscalper.api.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Market data shipped inside the core jar, so that examples, tests and the default run work without
 * any download or the {@code shared/data} folder.
 *
 * <p>{@value #SPY_JANUARY_2011}: real SPY 1-minute trade bars, 2011-01-03 to 2011-01-31 (20 NYSE
 * sessions, 14,180 rows including sparse pre- and post-market bars from 04:00 to 20:00), stamped at
 * the bar start with the New York offset. Source: the test data of the PyAlgoTrade project,
 * Apache License 2.0; the licence text is {@value #SPY_JANUARY_2011_LICENSE} next to it and
 * {@link #spyJanuary2011License()}.
 *
 * <p>Each call parses the resource afresh (about a hundred milliseconds at most); callers that need
 * it often should keep the result, which is immutable.
 */
public final class BundledData {
    /** Resource name of the SPY January 2011 CSV, relative to this class. */
    public static final String SPY_JANUARY_2011 = "SPY_1min_2011-01.csv";
    /** Resource name of its licence, relative to this class. */
    public static final String SPY_JANUARY_2011_LICENSE = "SPY_1min_2011-01.LICENSE";
    /** The symbol in the bundled file. */
    public static final String SPY = "SPY";

    private BundledData() {
    }

    /** @return every SPY bar of January 2011, extended hours included */
    public static BarSeries spyJanuary2011Raw() {
        try (InputStream in = open(SPY_JANUARY_2011)) {
            return BarCsvReader.strict().read(in, SPY_JANUARY_2011).get(SPY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + SPY_JANUARY_2011, e);
        }
    }

    /** @return the regular-hours split of {@link #spyJanuary2011Raw()}, with its filter counts */
    public static SessionSplit spyJanuary2011Split() {
        return SessionSplitter.nyse().split(spyJanuary2011Raw());
    }

    /** @return the 20 regular-hours sessions of January 2011, 390 one-minute bars each */
    public static SessionSeries spyJanuary2011() {
        return spyJanuary2011Split().series();
    }

    /** @return the licence text that covers the bundled SPY data */
    public static String spyJanuary2011License() {
        try (InputStream in = open(SPY_JANUARY_2011_LICENSE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + SPY_JANUARY_2011_LICENSE, e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BundledData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource " + name + " is missing from the deepscalper-core jar");
        }
        return in;
    }
}
