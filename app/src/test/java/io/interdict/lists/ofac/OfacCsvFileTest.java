package io.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.lists.ListFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OfacCsvFileTest {
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"", Arrays.asList("36", "AEROCARIBBEAN AIRLINES", null, "CUBA")),
        Arguments.of("1,\"ANGLO-CARIBBEAN CO., LTD.\",x", Arrays.asList("1", "ANGLO-CARIBBEAN CO., LTD.", "x")),
        Arguments.of("1,\"say \"\"hi\"\", ok\",2", Arrays.asList("1", "say \"hi\", ok", "2")),
        Arguments.of("36,25,-0- ,Havana,Cuba,-0- ", Arrays.asList("36", "25", null, "Havana", "Cuba", null)),
        Arguments.of("1,,3", Arrays.asList("1", null, "3")),
        Arguments.of("1,2,", Arrays.asList("1", "2", null)),
        Arguments.of("1, \"-0-\" ,\"  padded  \"", Arrays.asList("1", null, "  padded  ")),
        Arguments.of("1,\"   \", x ", Arrays.asList("1", null, "x")),
        Arguments.of("1,\"a.k.a. 'AL-QA'QA'\"", Arrays.asList("1", "a.k.a. 'AL-QA'QA'")));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void splitsQuotedFieldsAndMapsOfacNullsToNull(String line, List<String> expected) {
    assertThat(Arrays.asList(OfacCsvFile.parseLine(line))).isEqualTo(expected);
  }

  @Test
  void unterminatedQuoteIsRejectedWithItsColumn() {
    assertThatThrownBy(() -> OfacCsvFile.parseLine("500,6,-0- ,\"Pyong"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unterminated quoted field starting at column 12");
  }

  @Test
  void textAfterAClosingQuoteIsRejected() {
    assertThatThrownBy(() -> OfacCsvFile.parseLine("401,\"EP-BROKEN,\"aircraft\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unexpected text after closing quote");
  }

  @Test
  void crlfAndTheClosingSubstituteByteAreNotData() {
    byte[] content = "1,\"A\"\r\n2,\"B\"\r\n\u001a".getBytes(StandardCharsets.US_ASCII);
    List<OfacCsvFile.Row> rows = OfacCsvFile.rows("f.csv", content, 2, -1, null);
    assertThat(rows).extracting(r -> r.fields()[1]).containsExactly("A", "B");
    assertThat(rows).extracting(OfacCsvFile.Row::line).containsExactly(1L, 2L);
  }

  @Test
  void onlyTheVerbatimColumnKeepsItsSurroundingSpaces() {
    byte[] content = "1,\" name \",\" cut here \"\n".getBytes(StandardCharsets.US_ASCII);
    String[] f = OfacCsvFile.rows("f.csv", content, 3, 2, null).get(0).fields();
    assertThat(f).containsExactly("1", "name", " cut here ");
  }

  @Test
  void wrongColumnCountNamesFileAndLine() {
    byte[] content = "1,\"A\"\n2\n3,\"C\"\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> OfacCsvFile.rows("alt.csv", content, 2, -1, null))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("alt.csv:2: expected 2 columns, found 1");
  }

  @Test
  void lenientSkipsOnlyTheDamagedLine() {
    byte[] content = "1,\"A\"\n2,\"B\n3,\"C\"\n".getBytes(StandardCharsets.US_ASCII);
    List<String> skipped = new ArrayList<>();
    List<OfacCsvFile.Row> rows = OfacCsvFile.rows("alt.csv", content, 2, -1, skipped::add);
    assertThat(rows).extracting(r -> r.fields()[0]).containsExactly("1", "3");
    assertThat(skipped).singleElement().asString().startsWith("alt.csv:2: unterminated quoted field");
  }

  @Test
  void nonUtf8BytesAreReadAsWindows1252() {
    byte[] content = {'1', ',', '"', 'M', 'U', (byte) 0xD1, 'O', 'Z', '"'};
    assertThat(OfacCsvFile.rows("f.csv", content, 2, -1, null).get(0).fields()[1]).isEqualTo("MUÑOZ");
  }
}
