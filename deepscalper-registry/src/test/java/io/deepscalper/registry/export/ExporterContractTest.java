package io.deepscalper.registry.export;

import io.deepscalper.api.spi.ModelExporter;
import io.deepscalper.testkit.ModelExporterContractKit;
import org.junit.jupiter.api.Nested;

/** Each built-in exporter passes the exporter contract. */
class ExporterContractTest {

    @Nested
    class Djl extends ModelExporterContractKit {
        @Override
        protected ModelExporter exporter() {
            return new DjlExporter();
        }
    }

    @Nested
    class Onnx extends ModelExporterContractKit {
        @Override
        protected ModelExporter exporter() {
            return new OnnxExporter();
        }
    }

    @Nested
    class PyTorch extends ModelExporterContractKit {
        @Override
        protected ModelExporter exporter() {
            return new PyTorchExporter();
        }
    }
}
