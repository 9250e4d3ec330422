package io.deepscalper.api.model;

import java.nio.file.Path;

/**
 * A finished export.
 *
 * @param version the exported version
 * @param format  the exporter's name ({@code djl}, {@code onnx}, {@code pytorch})
 * @param path    the written file or folder
 * @param bytes   total bytes written
 */
public record ExportResult(ModelVersionId version, String format, Path path, long bytes) {
}
