package io.deepscalper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded CI run of {@code scripts/crash-test.sh}: three kill -9 trials of the real launcher at random
 * moments (fixed seed), each followed by the checksum, SQLite integrity, lost-row and duplicate-registration
 * checks, then a restart that must complete a cycle. The full run is {@code scripts/crash-test.sh 30}
 * (docs/reliability.md).
 */
@Tag("integration")
class CrashScriptIT {
    private static final Path ROOT = Path.of(System.getProperty("deepscalper.root", "..")).toAbsolutePath().normalize();
    private static final Pattern SUMMARY = Pattern.compile("crash-test summary: trials=(\\d+) kills=(\\d+) corrupt=(\\d+) "
            + "lost_rows=(\\d+) duplicate_registrations=(\\d+) failed_restarts=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void threeRandomKillsLeaveASoundWorkDirectoryThatRestarts() throws Exception {
        assumeTrue(python3Runs(), "python3 is not installed: the crash checker needs it");
        Path log = dir.resolve("crash.log");
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("scripts/crash-test.sh").toString(), "3")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CRASH_WORKDIR", dir.resolve("work").toString());
        pb.environment().put("CRASH_MAX_DELAY", "10");
        pb.environment().put("CRASH_SEED", "7");
        pb.environment().put("CRASH_FINAL_TIMEOUT", "60");
        Process p = pb.start();
        if (!p.waitFor(110, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("crash-test.sh 3 ran over 110 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        Matcher m = SUMMARY.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(3);
        assertThat(Integer.parseInt(m.group(2))).as("kills").isPositive();
        for (int g = 3; g <= 6; g++) {
            assertThat(Integer.parseInt(m.group(g))).as(out).isZero();
        }
    }

    /** @return whether {@code python3 --version} runs; a missing binary is a skip, not an error */
    private static boolean python3Runs() throws InterruptedException {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
