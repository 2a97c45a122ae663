package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ListsCliTest {
  @ParameterizedTest
  @CsvSource({"45s, PT45S", "30m, PT30M", "6h, PT6H", "1d, PT24H", "PT6H, PT6H", "pt90m, PT1H30M", "' 6h ', PT6H"})
  void durationsReadShortAndIsoForms(String text, String iso) {
    assertThat(ListsCli.parseDuration(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0h", "6", "h", "-1h", "PT0S", "six hours", "6w"})
  void badDurationsAreRejectedWithTheValue(String text) {
    assertThatThrownBy(() -> ListsCli.parseDuration(text))
        .isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessageContaining("'" + text + "' is not a positive duration");
  }
}
