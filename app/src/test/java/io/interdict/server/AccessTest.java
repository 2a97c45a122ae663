package io.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
    "Bearer idk_abc | idk_abc",
    "bearer idk_abc | idk_abc",
    "  Bearer   idk_abc   | idk_abc",
    "Bearer | null",
    "Bearer     | null",
    "Basic dXNlcg== | null",
    "idk_abc | null",
    "null | null",
  })
  void bearerTokenIsTakenOnlyFromABearerHeader(String header, String key) {
    assertThat(Access.bearer(header)).isEqualTo(key);
  }
}
