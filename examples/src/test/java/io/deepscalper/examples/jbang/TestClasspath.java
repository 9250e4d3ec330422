package io.deepscalper.examples.jbang;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The class path this test JVM runs with, as a list of jars and class directories. */
final class TestClasspath {
    private TestClasspath() {
    }

    /** Surefire may start the JVM through a manifest-only jar; it keeps the real test class path in a property. */
    static List<Path> entries() {
        String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> entries = new ArrayList<>();
        for (String entry : raw.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return entries;
    }

    /**
     * The entry that holds the Maven artifact {@code groupId:artifactId} as laid out in a Maven repository
     * ({@code g/r/o/u/p/artifactId/version/artifactId-version.jar}), whatever version Maven mediated.
     */
    static Optional<Path> repositoryJar(List<Path> entries, String groupId, String artifactId) {
        String directory = "/" + groupId.replace('.', '/') + "/" + artifactId + "/";
        for (Path entry : entries) {
            String path = entry.toString().replace(File.separatorChar, '/');
            String file = entry.getFileName().toString();
            if (path.contains(directory) && file.startsWith(artifactId + "-") && file.endsWith(".jar")
                    && Files.isRegularFile(entry)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
