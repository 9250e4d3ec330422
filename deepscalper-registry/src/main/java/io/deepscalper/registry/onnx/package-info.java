/** Inference through ONNX Runtime: {@link io.deepscalper.registry.onnx.OnnxPolicy} for fast acting. */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.registry.onnx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
