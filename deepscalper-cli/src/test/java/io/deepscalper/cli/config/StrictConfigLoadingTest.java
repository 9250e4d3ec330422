package io.deepscalper.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.core.env.EnvConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** config.json is read strictly, and every refusal names its key path (issue 19 item 5). */
class StrictConfigLoadingTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAndAPartialFileStillLoad() throws Exception {
        WorkdirConfig.defaults().save(dir);
        WorkdirConfig loaded = WorkdirConfig.load(dir);
        assertThat(loaded.toJson()).isEqualTo(WorkdirConfig.defaults().toJson());

        Files.writeString(dir.resolve(WorkdirConfig.FILE), "{\"env\": {\"feeRate\": 0.001}, \"train\": {\"batchSize\": 64}}");
        WorkdirConfig partial = WorkdirConfig.load(dir);
        assertThat(partial.section(Sections.ENV).feeRate()).isEqualTo(0.001);
        assertThat(partial.section(Sections.TRAIN).batchSize()).isEqualTo(64);
        // a whole number for a floating-point key loses nothing and stays allowed
        Files.writeString(dir.resolve(WorkdirConfig.FILE), "{\"env\": {\"feeRate\": 0}}");
        assertThat(WorkdirConfig.load(dir).section(Sections.ENV).feeRate()).isZero();
        // an optional key whose default is null may be written as null
        Files.writeString(dir.resolve(WorkdirConfig.FILE), "{\"env\": {\"maxVolumeFraction\": null}}");
        assertThat(WorkdirConfig.load(dir).section(Sections.ENV).maxVolumeFraction()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trailing garbage        | {\"env\": {\"feeRate\": 0.001}} garbage       | config.json",
            "a second object         | {\"env\": {}} {\"env\": {}}                   | config.json",
            "null for a double       | {\"env\": {\"feeRate\": null}}                | env.feeRate",
            "null for a section      | {\"env\": null}                               | env",
            "a fraction for an int   | {\"train\": {\"batchSize\": 2.5}}             | train.batchSize",
            "2.0 for an int          | {\"train\": {\"batchSize\": 2.0}}             | train.batchSize",
            "a string for an int     | {\"train\": {\"batchSize\": \"64\"}}          | train.batchSize",
            "a string for a double   | {\"env\": {\"feeRate\": \"0.001\"}}           | env.feeRate",
            "a number for a string   | {\"data\": {\"source\": 5}}                   | data.source",
            "an empty string for int | {\"train\": {\"batchSize\": \"\"}}            | train.batchSize",
            "a duplicate key         | {\"env\": {\"feeRate\": 0.001, \"feeRate\": 0.002}} | env.feeRate",
            "a duplicate section     | {\"env\": {}, \"env\": {}}                    | env",
            "an unknown key          | {\"env\": {\"feeRat\": 0.001}}                | env.feeRat",
            "a number in a list item | {\"gate\": {\"criteria\": [{\"metric\": 5, \"direction\": \"HIGHER_IS_BETTER\"}]}} | gate.criteria[0].metric",
            "a null list item        | {\"gate\": {\"criteria\": [null]}}            | gate.criteria[0]",
            "a string for a list     | {\"data\": {\"symbols\": \"SPY\"}}           | data.symbols",
    })
    void lenientInputIsRefusedNamingItsKey(String what, String json, String key) throws Exception {
        Files.writeString(dir.resolve(WorkdirConfig.FILE), json);
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> WorkdirConfig.load(dir));
        assertThat(e).as(what).isNotNull();
        assertThat(e.key()).as(what + ": " + e.getMessage()).isEqualTo(key);
        assertThat(e.getMessage()).as(what).contains(key);
    }

    @Test
    void setRefusesANullInsideAListNamingItsPlace() {
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
                () -> WorkdirConfig.defaults().set("gate.criteria=[null]"));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("gate.criteria[0]");
        InvalidConfigException trailing = catchThrowableOfType(InvalidConfigException.class,
                () -> WorkdirConfig.defaults().set("data.symbols=[\"SPY\"] x"));
        assertThat(trailing).isNotNull();
        assertThat(trailing.key()).isEqualTo("data.symbols");
    }

    @Test
    void anAbsentKeyTakesTheDefaultThatConfigShows() throws Exception {
        // the quick-start profile holds out 3 validation sessions, the library's record default is 5
        int shown = WorkdirConfig.defaults().section(Sections.CONTINUOUS).validationSessions();
        Files.writeString(dir.resolve(WorkdirConfig.FILE), "{\"continuous\": {\"maxVersions\": 7}}");
        WorkdirConfig loaded = WorkdirConfig.load(dir);
        assertThat(loaded.section(Sections.CONTINUOUS).maxVersions()).isEqualTo(7);
        assertThat(loaded.section(Sections.CONTINUOUS).validationSessions()).isEqualTo(shown);
    }

    @Test
    void aDefaultOfTheEnvSectionIsKeptWhenTheKeyIsAbsent() throws Exception {
        Files.writeString(dir.resolve(WorkdirConfig.FILE), "{\"env\": {}}");
        assertThat(WorkdirConfig.load(dir).section(Sections.ENV).feeRate())
                .isEqualTo(WorkdirConfig.defaults().section(Sections.ENV).feeRate())
                .isNotEqualTo(EnvConfig.defaults().toBuilder().feeRate(0).build().feeRate());
    }
}
