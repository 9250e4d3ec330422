package io.deepscalper.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * uPlot's files inside its webjar ({@code org.webjars.npm:uplot}) on the class path. The page asks for
 * {@code /vendor/uPlot.iife.min.js} and {@code /vendor/uPlot.min.css}; the version is read from the webjar's
 * {@code pom.properties}, so a version bump in the POM needs no change to the page.
 */
final class UplotAsset {
    private static final String POM = "META-INF/maven/org.webjars.npm/uplot/pom.properties";

    private UplotAsset() {
    }

    /** @return the version of the uPlot webjar on the class path */
    static String version() {
        try (InputStream in = UplotAsset.class.getClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the uPlot webjar (org.webjars.npm:uplot) is not on the class path: "
                        + POM + " is missing; the dashboard's charts need it");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POM, e);
        }
    }

    /** @return the bytes of {@code dist/<file>} of the webjar, or null when there is no such file */
    static byte[] read(String file) {
        if (!file.matches("[A-Za-z0-9.]+")) {
            return null; // only plain names: no path may leave dist/
        }
        String path = "META-INF/resources/webjars/uplot/" + version() + "/dist/" + file;
        try (InputStream in = UplotAsset.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
