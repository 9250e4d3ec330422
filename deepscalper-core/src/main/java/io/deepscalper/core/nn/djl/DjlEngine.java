package io.deepscalper.core.nn.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads DJL's PyTorch engine once, offline, with a chosen intra-op thread count.
 *
 * <p>PyTorch reads {@code ai.djl.pytorch.num_threads} only when the engine starts, so this class
 * sets that property before the first load; later calls with another count switch the intra-op
 * pool at run time ({@code at::set_num_threads}), which PyTorch supports for intra-op threads.
 * {@code ai.djl.offline} is set to {@code true} unless the caller chose otherwise, so nothing is
 * ever downloaded: the natives must come from the {@code pytorch-native-cpu} jar on the class path
 * or from an already unpacked {@code DJL_CACHE_DIR}.
 */
public final class DjlEngine {
    /** Engine name as DJL registers it. */
    public static final String ENGINE = "PyTorch";
    private static final Logger LOG = LoggerFactory.getLogger(DjlEngine.class);
    private static final Object LOCK = new Object();
    private static volatile Engine engine;
    private static int currentThreads = -1;

    private DjlEngine() {
    }

    /**
     * Returns the PyTorch engine with {@code threads} intra-op threads.
     *
     * @param threads intra-op threads, at least 1
     * @return the loaded engine
     * @throws IllegalStateException when the PyTorch natives cannot be loaded, naming the artifact to add
     */
    public static Engine get(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
        }
        synchronized (LOCK) {
            if (engine == null) {
                if (System.getProperty("ai.djl.offline") == null) {
                    System.setProperty("ai.djl.offline", "true");
                }
                System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
                engine = load();
                LOG.info("DJL {} engine {} loaded with {} intra-op threads", Engine.getDjlVersion(),
                        engine.getVersion(), threads);
                if (System.getenv("OMP_WAIT_POLICY") == null) {
                    // measured on a shared 2-core machine: spinning OpenMP workers made a 2-thread update 30x slower
                    LOG.info("OMP_WAIT_POLICY is not set; with more than one intra-op thread on a machine shared "
                            + "with other work, start the JVM with OMP_WAIT_POLICY=PASSIVE");
                }
            }
            if (threads != currentThreads) {
                JniUtils.setNumThreads(threads);
                currentThreads = threads;
            }
            return engine;
        }
    }

    /** @return the intra-op thread count last applied */
    public static int threads() {
        synchronized (LOCK) {
            return currentThreads;
        }
    }

    private static Engine load() {
        try {
            return Engine.getEngine(ENGINE);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException(missingNativesMessage(e), e);
        }
    }

    static String missingNativesMessage(Throwable cause) {
        return "Could not load the DJL PyTorch engine offline (" + cause.getMessage() + "). Add the native library "
                + "for this platform to your build: ai.djl.pytorch:pytorch-native-cpu:2.7.1:" + classifier()
                + " (with ai.djl.pytorch:pytorch-jni:2.7.1-0.36.0), or point DJL_CACHE_DIR at a directory where "
                + "those natives are already unpacked. Downloads are disabled (ai.djl.offline=true).";
    }

    /** @return the pytorch-native-cpu classifier for the running platform */
    static String classifier() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT);
        boolean arm = arch.contains("aarch64") || arch.contains("arm64");
        if (os.contains("mac")) {
            return arm ? "osx-aarch64" : "osx-x86_64";
        }
        if (os.contains("win")) {
            return "win-x86_64";
        }
        return arm ? "linux-aarch64" : "linux-x86_64";
    }
}
