/** Inference through ONNX Runtime: {@link io.deepscalper.registry.onnx.OnnxPolicy} for fast acting. */
package io.deepscalper.registry.onnx;
