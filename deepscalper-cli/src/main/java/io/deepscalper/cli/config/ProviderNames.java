package io.deepscalper.cli.config;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.api.spi.DataSource;
import io.deepscalper.api.spi.Providers;
import java.util.List;
import java.util.Locale;

/**
 * Provider names in {@code config.json} checked against the providers registered on the classpath
 * (ServiceLoader), so that a misspelt name is refused when it is set, not saved and then failing every
 * later command: {@code start --source yahooo} stops before {@code config.json} is written.
 */
final class ProviderNames {
    private ProviderNames() {
    }

    /** @throws InvalidConfigException naming the key, the wrong name and the registered ones */
    static void check(WorkdirConfig config) {
        String source = config.section(Sections.DATA).source();
        List<String> known = Providers.names(DataSource.class);
        if (known.stream().noneMatch(n -> n.equalsIgnoreCase(source))) {
            throw new InvalidConfigException("data.source", "data.source '" + source
                    + "' is not a registered data source; registered: " + known + closest(source, known));
        }
    }

    /** @return a "did you mean" hint when one name is within two edits, else "" */
    static String closest(String name, List<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            if (distance(lower, k.toLowerCase(Locale.ROOT)) <= 2) {
                return "; did you mean '" + k + "'?";
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
