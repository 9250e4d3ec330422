/** The {@code djl}, {@code onnx} and {@code pytorch} exporters (one {@code ModelExporter} provider each). */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.registry.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
