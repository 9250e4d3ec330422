package io.deepscalper.registry.export;

import io.deepscalper.api.nn.NetworkConfig;
import io.deepscalper.api.nn.ParameterCodec;
import io.deepscalper.core.nn.djl.DjlQNetwork;
import io.deepscalper.registry.fs.RegistryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a {@code djl} export folder into a ready {@link DjlQNetwork}.
 *
 * <pre>{@code
 * try (DjlQNetwork net = DjlModelLoader.load(Path.of("exports/v_20260102_153007"), 2)) {
 *     int action = net.act(observation);
 * }
 * }</pre>
 */
public final class DjlModelLoader {
    private DjlModelLoader() {
    }

    /**
     * @param folder  a folder written by the {@code djl} exporter
     * @param threads intra-op threads for the PyTorch engine
     * @return the network, holding the exported parameters
     * @throws IOException when the folder is incomplete or its files disagree
     */
    public static DjlQNetwork load(Path folder, int threads) throws IOException {
        Path params = folder.resolve(DjlExporter.PARAMS);
        if (!Files.isRegularFile(params)) {
            throw new IOException(folder + " is not a djl export: " + DjlExporter.PARAMS + " is missing");
        }
        ParameterCodec.Snapshot s = ParameterCodec.read(params);
        Path networkJson = folder.resolve(DjlExporter.NETWORK);
        if (Files.isRegularFile(networkJson)) {
            NetworkConfig declared = RegistryJson.mapper().readValue(networkJson.toFile(), NetworkConfig.class);
            if (!declared.equals(s.config())) {
                throw new IOException(networkJson + " declares " + declared + " but " + params + " holds "
                        + s.config() + "; the export was edited, export the version again");
            }
        }
        return DjlQNetwork.of(s.config(), s.parameters(), threads);
    }
}
