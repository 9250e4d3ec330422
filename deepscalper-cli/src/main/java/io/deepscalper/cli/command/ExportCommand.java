package io.deepscalper.cli.command;

import io.deepscalper.api.model.ExportResult;
import io.deepscalper.api.model.ModelRef;
import io.deepscalper.api.model.ModelStore;
import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.api.spi.Providers;
import io.deepscalper.cli.config.Workdir;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export [--version latest|active|V] --format djl|onnx|pytorch --output PATH}. With nothing deployed,
 * exporting {@code active} is refused with the reason.
 */
@Command(name = "export",
        description = "Export a model version for serving: DJL parameters, ONNX graph or a PyTorch state_dict.")
public final class ExportCommand extends BaseCommand implements Callable<Integer> {

    // no mixinStandardHelpOptions here: its --version would clash with the model version option
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "V", defaultValue = "active",
            description = "latest, active, champion, challenger or a version id (default ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "djl, onnx or pytorch.")
    String format;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "File or folder to write.")
    Path output;

    @Option(names = "--force", description = "Overwrite PATH when it exists.")
    boolean force;

    @Override
    public Integer call() {
        ModelRef ref = ModelRef.parse(version);
        if (Providers.load(ModelExporter.class).stream().noneMatch(e -> e.name().equalsIgnoreCase(format))) {
            throw usage("unknown --format '" + format + "'; available: " + Providers.names(ModelExporter.class));
        }
        Workdir w = workdir().requireExists();
        ModelStore models = w.models();
        if (Deployment.namesActive(ref)) {
            // nothing deployed is a state to report, not a missing alias to stumble on
            Deployment.nothingDeployed(w, models).ifPresent(why -> {
                throw new IllegalStateException(why + "; there is no active model to export. Export a version by id "
                        + "(see 'deepscalper models --list'), or activate one by hand with 'deepscalper models "
                        + "--activate V --force --reason <why>'");
            });
        }
        ExportResult r = models.export(ref, format.toLowerCase(java.util.Locale.ROOT), output.toAbsolutePath(), force);
        out().println("exported " + r.version() + " as " + r.format() + " to " + r.path() + " (" + r.bytes() + " bytes)");
        out().flush();
        return 0;
    }
}
