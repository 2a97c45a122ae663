package io.interdict.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConsoleFormatTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "<b>x</b> | &lt;b&gt;x&lt;/b&gt;",
    "a & b | a &amp; b",
    "\"quoted\" 'single' | &quot;quoted&quot; &#39;single&#39;",
    "plain | plain",
  })
  void everyArgumentIsEscaped(String in, String out) {
    assertThat(Html.fmt("<p>{}</p>", in).toString()).isEqualTo("<p>" + out + "</p>");
  }

  @Test
  void safeFragmentsAreNotEscapedTwiceAndPlaceholdersMustMatch() {
    Html.Safe inner = Html.fmt("<i>{}</i>", "<x>");
    assertThat(Html.fmt("<p>{}</p>", inner).toString()).isEqualTo("<p><i>&lt;x&gt;</i></p>");
    assertThat(Html.fmt("{}", (Object) null).toString()).isEmpty();
    assertThatThrownBy(() -> Html.fmt("{} {}", "one")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Html.fmt("{}", "one", "two")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"PT0S, 0 min", "PT59M, 59 min", "PT61M, 1 h 1 min", "PT49H, 2 d 1 h", "PT-5M, 0 min"})
  void listAgeIsReadableAtAGlance(Duration d, String shown) {
    assertThat(Console.age(d)).isEqualTo(shown);
  }
}
