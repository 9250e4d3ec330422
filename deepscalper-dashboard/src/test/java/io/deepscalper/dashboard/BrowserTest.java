package io.deepscalper.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs everywhere, browser or not: the reason the browser tests give when they skip. */
class BrowserTest {
    @Test
    void aMachineWithoutTheBrowserIsToldWhatToInstall() {
        assertThat(Browser.missing(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver"))).get()
                .asString().contains("/nonexistent/chromium", "/nonexistent/chromedriver",
                        "apt-get install chromium chromium-driver");
    }
}
