package io.deepscalper.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DateOptionTest {
    private final DateOption dates = new DateOption();

    @Test
    void readsIsoDates() {
        assertThat(dates.convert("2024-06-03")).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(dates.convert(" 2024-06-03 ")).isEqualTo(LocalDate.of(2024, 6, 3));
    }

    @Test
    void refusesOthersInWordsWithoutJavaClassNames() {
        assertThatThrownBy(() -> dates.convert("2024-02-30")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'2024-02-30' is not a date; use YYYY-MM-DD, e.g. 2024-06-03 (Invalid date 'FEBRUARY 30')");
        assertThatThrownBy(() -> dates.convert("yesterday"))
                .hasMessage("'yesterday' is not a date; use YYYY-MM-DD, e.g. 2024-06-03");
        assertThatThrownBy(() -> dates.convert("03/06/2024")).hasMessageNotContaining("java.")
                .hasMessageNotContaining("Exception");
    }
}
