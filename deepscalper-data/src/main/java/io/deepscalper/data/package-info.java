/**
 * The data module: {@code DataSource} providers ({@code csv}, {@code synthetic}, {@code yahoo}), the
 * continuous data pipeline, the crash-safe bar cache, data-quality checks and drift detection.
 * Depends on {@code deepscalper-core} only.
 */
package io.deepscalper.data;
