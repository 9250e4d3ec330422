/**
 * The file-system model registry (versions with lineage, aliases, validation gate, retention) and the
 * exporters to DJL, ONNX and PyTorch. Everything here is reached through the core SPIs
 * {@link io.deepscalper.core.spi.ModelRegistry} and {@link io.deepscalper.core.spi.ModelExporter}.
 */
package io.deepscalper.registry;
