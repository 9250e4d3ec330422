/**
 * The file-system model registry (versions with lineage, aliases, validation gate, retention) and the
 * exporters to DJL, ONNX and PyTorch. Everything here is reached through the core SPIs
 * {@link io.deepscalper.api.spi.ModelRegistry} and {@link io.deepscalper.api.spi.ModelExporter}.
 */
package io.deepscalper.registry;
