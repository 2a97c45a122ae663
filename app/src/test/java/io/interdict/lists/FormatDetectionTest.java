package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each list file is claimed by exactly one reader: the sniffs never overlap. */
class FormatDetectionTest {
  @ParameterizedTest
  @CsvSource({
    "un/un-quirks.xml,un-xml",
    "ofac/sdn-2024.xml,ofac-xml",
    "ofac/sdn-legacy.xml,ofac-xml",
    "ofac/sdn-advanced.xml,ofac-advanced-xml",
    "eu/eu-fsf.xml,eu-fsf-xml",
    "uk/uk-sanctions-list.csv,uk-sanctions-csv",
    "trade/csl.csv,us-csl-csv",
    "trade/dpl.txt,us-bis-dpl-tsv"
  })
  void exactlyOneReaderClaimsEachFormat(String fixture, String format) {
    Path f = Fixtures.path(fixture);
    List<String> claimants = ListFormats.all().stream().filter(r -> r.accepts(f)).map(ListReader::format).collect(Collectors.toList());
    assertThat(claimants).containsExactly(format);
  }

  @Test
  void olderAdvancedXmlNamespaceIsRecognised(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sdn_advanced.xml");
    Files.writeString(f, Files.readString(Fixtures.path("ofac/sdn-advanced.xml")).replace("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML", "http://www.un.org/sanctions/1.0"));
    assertThat(ListFormats.detect(f).format()).isEqualTo("ofac-advanced-xml");
    assertThat(ListFormats.read(f, false).entities()).hasSize(3);
  }

  @Test
  void unknownFileIsAClearErrorNotAGuess(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("notes.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?><notes><note>hello</note></notes>");
    assertThatThrownBy(() -> ListFormats.detect(f)).isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("not a list Interdict can read");
  }

  @Test
  void garbageAfterTheRootElementIsRejected(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("un.xml");
    Files.writeString(f, Files.readString(Fixtures.path("un/un-quirks.xml")) + "<CONSOLIDATED_LIST>");
    assertThatThrownBy(() -> ListFormats.read(f, true)).isInstanceOf(ListFormatException.class).hasMessageStartingWith(f + ":");
  }
}
