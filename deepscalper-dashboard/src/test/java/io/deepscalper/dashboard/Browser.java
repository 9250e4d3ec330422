package io.deepscalper.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}) driven by Selenium.
 * Selenium Manager is never asked to download a browser or driver: the paths are given, and a machine
 * without them makes the browser tests skip (see {@link #missing()}).
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("deepscalper.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("deepscalper.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** @return why no browser test can run here, empty when both the browser and its driver are installed */
    static Optional<String> missing() {
        return missing(CHROMIUM, DRIVER);
    }

    static Optional<String> missing(Path chromium, Path driver) {
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            return Optional.of("no headless browser here: " + chromium + " and " + driver + " are needed "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        return Optional.empty();
    }

    /** @return a headless Chromium with a fresh profile in {@code profile}, that talks to nothing but the page */
    static ChromeDriver open(Path profile, int width, int height) {
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        return new ChromeDriver(service, o);
    }
}
