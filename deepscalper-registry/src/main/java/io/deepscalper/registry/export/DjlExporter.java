package io.deepscalper.registry.export;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.registry.fs.RegistryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code djl} exporter: a folder that {@link DjlModelLoader} turns back into a
 * {@link io.deepscalper.core.nn.djl.DjlQNetwork} in any JVM, without the registry.
 *
 * <pre>
 * model.params   network config + parameters in core's ParameterCodec format (self-checking SHA-256)
 * network.json   the network config, readable by people and other tools
 * metadata.json  the registry metadata of the exported version (provenance)
 * </pre>
 */
public final class DjlExporter implements ModelExporter {
    /** The parameter file inside the export folder. */
    public static final String PARAMS = "model.params";
    /** The network config file inside the export folder. */
    public static final String NETWORK = "network.json";
    /** The provenance file inside the export folder. */
    public static final String METADATA = "metadata.json";

    @Override
    public String name() {
        return "djl";
    }

    @Override
    public String fileSuffix() {
        return "";
    }

    @Override
    public long export(LoadedModel model, Path target) throws IOException {
        Files.createDirectory(target);
        long bytes = AtomicFiles.writeNew(target.resolve(PARAMS),
                ParameterCodec.encode(model.metadata().network(), model.parameters()));
        bytes += AtomicFiles.writeNew(target.resolve(NETWORK),
                RegistryJson.mapper().writeValueAsBytes(model.metadata().network()));
        bytes += AtomicFiles.writeNew(target.resolve(METADATA), RegistryJson.mapper().writeValueAsBytes(model.metadata()));
        return bytes;
    }
}
