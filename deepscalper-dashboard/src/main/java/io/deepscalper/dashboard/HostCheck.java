package io.deepscalper.dashboard;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request to a loopback-bound dashboard whose {@code Host} header names another machine. Binding to
 * 127.0.0.1 keeps other machines out, but a web page in the user's own browser could still reach the port
 * through a name that it re-points to 127.0.0.1 (DNS rebinding) and read the answers; such a request carries
 * that name in {@code Host}, so only the loopback names are answered. With an explicit other address
 * ({@code --bind}) the user has chosen to expose the page, and every host is answered.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private HostCheck() {
    }

    /**
     * @param host the {@code Host} header (with or without a port); null when the client sent none
     * @return true when a loopback-bound server should answer it
     */
    static boolean loopbackHost(String host) {
        if (host == null || host.isBlank()) {
            return true; // HTTP/1.0 clients send none, and a browser always does
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(0, end + 1);
        } else if (h.indexOf(':') == h.lastIndexOf(':')) {
            int colon = h.indexOf(':');
            h = colon < 0 ? h : h.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(h) || h.startsWith("127.");
    }
}
