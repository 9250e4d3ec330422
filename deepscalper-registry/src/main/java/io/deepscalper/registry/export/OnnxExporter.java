package io.deepscalper.registry.export;

import io.deepscalper.api.io.AtomicFiles;
import io.deepscalper.api.model.LoadedModel;
import io.deepscalper.api.spi.ModelExporter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code onnx} exporter: one {@code .onnx} file built by {@link OnnxModelBuilder}, with the version
 * id, creation time, seed and parameter checksum in its metadata properties.
 */
public final class OnnxExporter implements ModelExporter {
    @Override
    public String name() {
        return "onnx";
    }

    @Override
    public String fileSuffix() {
        return ".onnx";
    }

    @Override
    public long export(LoadedModel model, Path target) throws IOException {
        byte[] bytes = OnnxModelBuilder.build(model.metadata().network(), model.parameters(),
                ExportFiles.provenance(model.metadata()));
        return AtomicFiles.writeNew(target, bytes);
    }
}
