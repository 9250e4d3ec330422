package io.deepscalper.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.deepscalper.api.config.InvalidConfigException;
import io.deepscalper.core.backtest.PerformanceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names in the config are checked against what exists when they are set (issue 15 item 4). */
class ConfigNamesTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltPerformanceMetricIsRefusedWithTheValidNames() {
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
                () -> WorkdirConfig.defaults().set("continuous.performanceMetric=sharp"));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("continuous.performanceMetric");
        assertThat(e.getMessage()).contains("'sharp' is not a metric the evaluation produces")
                .contains("max_drawdown", "sortino").contains("did you mean 'sharpe'?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sharpe", "max_drawdown", "win_rate", "sessions"})
    void everyMetricTheEvaluationProducesIsAccepted(String metric) {
        assertThat(PerformanceReport.METRIC_NAMES).contains(metric);
        WorkdirConfig c = WorkdirConfig.defaults().set("continuous.performanceMetric=" + metric);
        assertThat(c.section(Sections.CONTINUOUS).performanceMetric()).isEqualTo(metric);
    }

    @Test
    void aMisspeltCriterionMetricIsRefusedWithItsIndex() {
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
                () -> WorkdirConfig.defaults().set("gate.criteria=[{\"metric\":\"max_drawdown\",\"direction\":"
                        + "\"LOWER_IS_BETTER\",\"threshold\":0.2},{\"metric\":\"maxdrawdown\",\"direction\":"
                        + "\"LOWER_IS_BETTER\",\"threshold\":0.1}]"));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("gate.criteria[1].metric");
        assertThat(e.getMessage()).contains("'maxdrawdown'").contains("did you mean 'max_drawdown'?");
    }

    @Test
    void aPerSymbolMetricNeedsSeveralSymbolsAndOneOfThem() {
        String criterion = "gate.criteria=[{\"metric\":\"max_drawdown.QQQ\",\"direction\":\"LOWER_IS_BETTER\","
                + "\"threshold\":0.2}]";
        InvalidConfigException single = catchThrowableOfType(InvalidConfigException.class,
                () -> WorkdirConfig.defaults().set("data.symbols=QQQ").set(criterion));
        assertThat(single).isNotNull();
        assertThat(single.key()).isEqualTo("gate.criteria[0].metric");
        assertThat(single.getMessage()).contains("at least two");

        WorkdirConfig two = WorkdirConfig.defaults().set("data.symbols=SPY,QQQ").set(criterion);
        assertThat(two.section(Sections.GATE).criteria().get(0).metric()).isEqualTo("max_drawdown.QQQ");
        InvalidConfigException other = catchThrowableOfType(InvalidConfigException.class,
                () -> WorkdirConfig.defaults().set("data.symbols=SPY,IWM").set(criterion));
        assertThat(other).isNotNull();
        assertThat(other.getMessage()).contains("[SPY, IWM]");
    }

    @Test
    void aHandEditedConfigWithAnUnknownMetricIsNotSavedAgainButCanBeMended() throws Exception {
        Files.writeString(dir.resolve(WorkdirConfig.FILE), "{\"continuous\": {\"performanceMetric\": \"sharp\"}}");
        WorkdirConfig loaded = WorkdirConfig.load(dir);
        // a key elsewhere can still be set, but the file is not saved with the bad name in it
        WorkdirConfig other = loaded.set("env.feeRate=0.001");
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, () -> other.save(dir));
        assertThat(e).isNotNull();
        assertThat(e.key()).isEqualTo("continuous.performanceMetric");
        other.set("continuous.performanceMetric=sharpe").save(dir);
        assertThat(WorkdirConfig.load(dir).section(Sections.CONTINUOUS).performanceMetric()).isEqualTo("sharpe");
    }

    @Test
    void anUnknownDisabledTriggerIsKeptWithAWarning() {
        WorkdirConfig c = WorkdirConfig.defaults().set("continuous.disabledTriggers=scheduled,sheduled,not_installed");
        assertThat(c.section(Sections.CONTINUOUS).disabledTriggers())
                .containsExactlyInAnyOrder("scheduled", "sheduled", "not_installed");
        assertThat(c.warnings()).hasSize(2);
        assertThat(c.warnings().get(0)).contains("continuous.disabledTriggers", "'not_installed'", "data_drift");
        assertThat(c.warnings().get(1)).contains("'sheduled'", "did you mean 'scheduled'?");
        assertThat(WorkdirConfig.defaults().set("continuous.disabledTriggers=scheduled,PERFORMANCE").warnings())
                .as("installed triggers, in any case").isEmpty();
    }
}
