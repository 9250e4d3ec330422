package io.deepscalper.api.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds plug-ins with {@link ServiceLoader}, once per SPI, and selects them by name.
 *
 * <p>Providers are cached after the first load because ServiceLoader instantiates every provider on
 * each iteration. Names are matched case-insensitively. An unknown name fails fast with the list of
 * available names; the chosen provider is logged at INFO.
 */
public final class Providers {
    private static final Logger LOG = LoggerFactory.getLogger(Providers.class);
    private static final Map<Class<?>, List<?>> CACHE = new ConcurrentHashMap<>();

    private Providers() {
    }

    /**
     * @return every provider of {@code type} on the classpath, highest priority first, then by name
     */
    @SuppressWarnings("unchecked")
    public static <T extends Provider> List<T> load(Class<T> type) {
        return (List<T>) CACHE.computeIfAbsent(type, t -> {
            List<T> found = new ArrayList<>();
            ServiceLoader.load(type, classLoader()).forEach(found::add);
            found.sort(Comparator.comparingInt(Provider::priority).reversed().thenComparing(Provider::name));
            return Collections.unmodifiableList(found);
        });
    }

    /**
     * @return the provider called {@code name}
     * @throws UnknownProviderException listing the available names when none matches
     */
    public static <T extends Provider> T byName(Class<T> type, String name) {
        Objects.requireNonNull(name, "name");
        for (T p : load(type)) {
            if (p.name().equalsIgnoreCase(name)) {
                LOG.info("Using {} provider '{}' ({})", type.getSimpleName(), p.name(), p.getClass().getName());
                return p;
            }
        }
        throw new UnknownProviderException(type, name, names(type));
    }

    /**
     * @return the highest-priority provider of {@code type}
     * @throws IllegalStateException when none is on the classpath
     */
    public static <T extends Provider> T best(Class<T> type) {
        List<T> all = load(type);
        if (all.isEmpty()) {
            throw new IllegalStateException("no " + type.getSimpleName() + " provider on the classpath; add a jar "
                    + "that registers one in META-INF/services/" + type.getName());
        }
        T p = all.get(0);
        LOG.info("Using {} provider '{}' ({})", type.getSimpleName(), p.name(), p.getClass().getName());
        return p;
    }

    /** @return the sorted names of the available providers of {@code type} */
    public static List<String> names(Class<? extends Provider> type) {
        TreeSet<String> names = new TreeSet<>();
        load(type).forEach(p -> names.add(p.name()));
        return List.copyOf(names);
    }

    /** Forgets cached providers, so that a changed classpath (tests, plug-in reload) is seen. */
    public static void reload() {
        CACHE.clear();
    }

    private static ClassLoader classLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : Providers.class.getClassLoader();
    }
}
