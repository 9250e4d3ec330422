package io.deepscalper.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deepscalper.api.nn.NetworkConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * ONNX Runtime is optional: without it on the class path, opening a model fails with a message that names
 * the artifact, instead of a {@code NoClassDefFoundError} from deep inside the session code.
 */
class OnnxRuntimeMissingTest {

    @Test
    void openingAModelWithoutTheRuntimeNamesTheMissingArtifact() throws Exception {
        URL registryClasses = OnnxInference.class.getProtectionDomain().getCodeSource().getLocation();
        URL apiClasses = NetworkConfig.class.getProtectionDomain().getCodeSource().getLocation();
        // parent = platform loader: sees the JDK but neither the test class path nor onnxruntime
        try (URLClassLoader withoutRuntime = new URLClassLoader(new URL[] {registryClasses, apiClasses},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> withoutRuntime.loadClass(OnnxInference.RUNTIME_CLASS))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> inference = withoutRuntime.loadClass(OnnxInference.class.getName());
            Class<?> config = withoutRuntime.loadClass(NetworkConfig.class.getName());
            Method open = inference.getMethod("open", byte[].class, config, int.class);

            assertThatThrownBy(() -> open.invoke(null, new byte[0], null, 1))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause()
                    .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("OnnxRuntimeMissingException"))
                    .hasMessageContaining("com.microsoft.onnxruntime:onnxruntime")
                    .hasMessageContaining("Exporting to ONNX works without it");
        }
    }

    @Test
    void theRuntimeIsFoundWhereItIsOnTheClassPath() {
        OnnxInference.requireRuntime(OnnxInference.class.getClassLoader());
    }
}
