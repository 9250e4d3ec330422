package io.deepscalper.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deepscalper.api.config.InvalidConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Fuzz test of config loading (issue 19 item 5, issue 15 item 5): the default config.json with one random
 * key given a wrong, lenient or valid value. A lenient value (null for a value, a string for a number or
 * boolean, a fraction for an integer, a number for a string or a list, a duplicate key, trailing content,
 * an unknown key) must be refused with an {@link InvalidConfigException} naming exactly that key path; a
 * value of the right type is either loaded unchanged or refused naming a key of its section (a rule may tie
 * two keys); a removed key loads as the default {@code config} shows; no other exception.
 */
class ConfigLoadingFuzzProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectNode DEFAULTS = WorkdirConfig.defaults().tree();

    enum Expect { REFUSED, LOADED, EITHER }

    @Property(tries = 200)
    void leniencyIsRefusedNamingItsKeyAndValidValuesLoadUnchanged(@ForAll long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> keys = new ArrayList<>();
        DEFAULTS.fields().forEachRemaining(s -> s.getValue().fieldNames()
                .forEachRemaining(k -> keys.add(new String[] {s.getKey(), k})));
        String[] pick = keys.get(r.nextInt(keys.size()));
        String path = pick[0] + "." + pick[1];
        ObjectNode tree = DEFAULTS.deepCopy();
        ObjectNode section = (ObjectNode) tree.get(pick[0]);
        JsonNode current = section.get(pick[1]);
        int kind = r.nextInt(9);
        Expect expect;
        JsonNode written = null;
        String text = null;
        String key = path;
        switch (kind) {
            case 0 -> {
                written = F.nullNode();
                expect = current.isNull() ? Expect.LOADED : Expect.REFUSED;
            }
            case 1 -> {
                // a string for anything that is not a string ("64", "true", "[\"SPY\"]")
                written = F.textNode(current.isTextual() ? current.asText() : current.toString());
                expect = current.isTextual() ? Expect.LOADED : Expect.REFUSED;
            }
            case 2 -> {
                written = F.numberNode(current.isNumber() ? current.asDouble() + 0.5 : 2.5);
                expect = current.isNumber() && !current.isIntegralNumber() ? Expect.EITHER : Expect.REFUSED;
                if (current.isNull()) {
                    expect = Expect.EITHER;
                }
            }
            case 3 -> {
                written = F.booleanNode(r.nextBoolean());
                expect = current.isBoolean() ? Expect.LOADED : current.isNull() ? Expect.EITHER : Expect.REFUSED;
            }
            case 4 -> {
                // a whole number: right for integer and floating-point keys, wrong for everything else
                written = F.numberNode(current.isNumber() ? Math.round(current.asDouble()) + r.nextInt(3) : 7);
                expect = current.isNumber() || current.isNull() ? Expect.EITHER : Expect.REFUSED;
            }
            case 5 -> {
                text = tree.toString().replace("\"" + pick[0] + "\":{", "\"" + pick[0] + "\":{\"" + pick[1] + "\":"
                        + current + ",");
                expect = Expect.REFUSED;
            }
            case 6 -> {
                text = tree + (r.nextBoolean() ? " garbage" : "{}");
                expect = Expect.REFUSED;
                key = WorkdirConfig.FILE;
            }
            case 7 -> {
                section.put(pick[1] + "X", 1);
                expect = Expect.REFUSED;
                key = path + "X";
            }
            default -> {
                section.remove(pick[1]);
                expect = Expect.LOADED;
                written = DEFAULTS.get(pick[0]).get(pick[1]);
            }
        }
        if (written != null && kind != 8) {
            section.set(pick[1], written);
        }
        Path dir = Files.createTempDirectory("config-fuzz");
        try {
            Files.writeString(dir.resolve(WorkdirConfig.FILE), text != null ? text : tree.toString(),
                    StandardCharsets.UTF_8);
            WorkdirConfig loaded;
            try {
                loaded = WorkdirConfig.load(dir);
            } catch (InvalidConfigException e) {
                assertThat(expect).as(path + " = " + written + " refused: " + e.getMessage()).isNotEqualTo(Expect.LOADED);
                if (expect == Expect.EITHER) {
                    // a value of the right type may break a rule that ties two keys; the rule names one of them
                    assertThat(e.key()).as(e.getMessage()).startsWith(pick[0] + ".");
                } else {
                    assertThat(e.key()).as(e.getMessage()).isEqualTo(key);
                }
                assertThat(e.getMessage()).contains(e.key());
                return;
            }
            if (expect == Expect.REFUSED) {
                fail(path + " = " + (text != null ? "(" + kind + ")" : written) + " was accepted silently");
            }
            JsonNode value = loaded.tree().get(pick[0]).get(pick[1]);
            if (written.isNumber() && value.isNumber()) {
                assertThat(value.asDouble()).as(path).isEqualTo(written.asDouble());
            } else {
                assertThat(value).as(path).isEqualTo(written);
            }
        } finally {
            Files.deleteIfExists(dir.resolve(WorkdirConfig.FILE));
            Files.delete(dir);
        }
    }
}
