package io.deepscalper.api.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only {@code shared/data} folder that sits beside the repository checkout
 * ({@code ../shared/data} from the repository root). Users do not have it, so tests that read it call
 * {@link #requireDir(String)}, which skips the test cleanly when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** @return {@code shared/data} if found walking up from the working directory */
    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @param relative e.g. {@code "market/SPY_1min_2011-01.csv"} or {@code "yahoo"}
     * @return the path, or a skipped test (JUnit assumption) when the shared folder is absent
     */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "../shared/data is absent; skipping");
        Path p = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), p + " is absent; skipping");
        return p;
    }

    /** Same as {@link #require(String)}; reads better for folders. */
    public static Path requireDir(String relative) {
        return require(relative);
    }
}
