/** The {@code djl}, {@code onnx} and {@code pytorch} exporters (one {@code ModelExporter} provider each). */
package io.deepscalper.registry.export;
