package io.deepscalper.examples.jbang;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Lays out this build's own artifacts (parent POM and the library modules) as if {@code ./mvnw install} had put
 * them into a Maven local repository, but under {@code target/}: JBang resolves the scripts' {@code //DEPS
 * io.deepscalper:...} lines from it, so {@code ./mvnw verify} runs every script without installing anything.
 */
final class ReactorRepository {
    static final String GROUP = "io.deepscalper";
    static final String VERSION = "0.1.0-SNAPSHOT";
    static final List<String> MODULES = List.of("deepscalper-api", "deepscalper-core", "deepscalper-data",
            "deepscalper-monitoring", "deepscalper-registry", "deepscalper-continuous");

    private ReactorRepository() {
    }

    /**
     * Stages every module the test class path uses (a reactor {@code target/} jar, a {@code target/classes}
     * directory, which is jarred here, or an installed jar) plus the POMs into {@code repository}.
     */
    static void stage(Path repository, Path projectRoot, List<Path> classpath) {
        try {
            copy(projectRoot.resolve("pom.xml"), artifact(repository, "deepscalper-parent", "pom"));
            for (String module : MODULES) {
                Path entry = classpath.stream().filter(e -> belongsTo(e, module)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(module + " is not on the test class path "
                                + "of the examples module; build with ./mvnw -pl examples -am verify"));
                if (Files.isDirectory(entry)) {
                    jar(entry, artifact(repository, module, "jar"));
                } else {
                    copy(entry, artifact(repository, module, "jar"));
                }
                copy(pomOf(entry, module, projectRoot), artifact(repository, module, "pom"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the reactor artifacts in " + repository, e);
        }
    }

    private static boolean belongsTo(Path entry, String module) {
        String path = entry.toString().replace('\\', '/');
        return path.contains("/" + module + "/target/") || path.endsWith("/" + module + "/target/classes")
                || path.contains("/io/deepscalper/" + module + "/");
    }

    private static Path pomOf(Path entry, String module, Path projectRoot) {
        String path = entry.toString().replace('\\', '/');
        if (path.contains("/io/deepscalper/" + module + "/")) {
            return entry.resolveSibling(module + "-" + VERSION + ".pom");
        }
        return projectRoot.resolve(module).resolve("pom.xml");
    }

    private static Path artifact(Path repository, String artifactId, String extension) {
        return repository.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(VERSION)
                .resolve(artifactId + "-" + VERSION + "." + extension);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void jar(Path classes, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (OutputStream out = Files.newOutputStream(to); JarOutputStream jar = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(file)) {
                    jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, jar);
                    jar.closeEntry();
                }
            }
        }
    }
}
