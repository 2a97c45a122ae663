package io.interdict.lists.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.lists.Fixtures;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.un.UnXmlReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeXmlTest {
  @Test
  void externalEntityIsRejectedNotResolved() {
    assertThatThrownBy(() -> new UnXmlReader().read(Fixtures.path("xml/xxe.xml"), true))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("xxe.xml:")
        .hasMessageNotContaining("root:");
  }

  @Test
  void billionLaughsIsRejectedNotExpanded() {
    assertThatThrownBy(() -> new UnXmlReader().read(Fixtures.path("xml/billion-laughs.xml"), true))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("billion-laughs.xml:");
  }

  @Test
  void externalDtdIsNeitherFetchedNorAccepted() {
    assertThatThrownBy(() -> new UnXmlReader().read(Fixtures.path("xml/external-dtd.xml"), true))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  /** Defence in depth: even without the reader's DOCTYPE check the factory itself expands nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"xml/xxe.xml", "xml/billion-laughs.xml"})
  void factoryAloneNeverExpandsDeclaredEntities(String fixture) throws Exception {
    StringBuilder text = new StringBuilder();
    try (InputStream in = Files.newInputStream(Fixtures.path(fixture))) {
      XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.CHARACTERS) {
          text.append(r.getText());
        }
      }
    } catch (XMLStreamException expected) {
      // refusing the undeclared entity is as good as not expanding it
    }
    assertThat(text.toString()).doesNotContain("root:").doesNotContain("lollol");
  }

  @Test
  void malformedXmlNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?>\n<a>\n  <b>\n  </c>\n</a>\n");
    try (XmlStream x = XmlStream.open(f)) {
      assertThatThrownBy(
              () -> {
                while (x.nextChild()) {
                  x.readElement();
                }
              })
          .isInstanceOf(ListFormatException.class)
          .satisfies(e -> assertThat(((ListFormatException) e).line()).isEqualTo(4))
          .hasMessageStartingWith(f + ":4: not well-formed XML");
    }
  }

  @Test
  void emptyFileIsAFormatErrorNotACrash(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("empty.xml");
    Files.writeString(f, "");
    assertThatThrownBy(() -> XmlStream.open(f)).isInstanceOf(ListFormatException.class).hasMessageContaining("empty.xml");
  }

  @Test
  void predefinedAndCharacterEntitiesAreOrdinaryText(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("e.xml");
    Files.writeString(f, "<r><e a=\"x&amp;y\">Ren&#233; &lt;&amp;&gt; &quot;Co&apos;\"</e></r>");
    try (XmlStream x = XmlStream.open(f)) {
      assertThat(x.nextChild()).isTrue();
      XmlElement e = x.readElement();
      assertThat(e.text()).isEqualTo("René <&> \"Co'\"");
      assertThat(e.attr("a")).isEqualTo("x&y");
    }
  }

  @Test
  void recordTreeKeepsTextAttributesAndLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.xml");
    Files.writeString(f, "<r xmlns=\"urn:x\">\n<e id=\"7\">\n  <n> a <![CDATA[&b]]> </n>\n  <n/>\n</e>\n</r>");
    try (XmlStream x = XmlStream.open(f)) {
      assertThat(x.namespace()).isEqualTo("urn:x");
      assertThat(x.nextChild()).isTrue();
      XmlElement e = x.readElement();
      assertThat(e.attr("id")).isEqualTo("7");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.texts("n")).containsExactly("a &b");
      assertThat(e.children("n")).hasSize(2);
      assertThat(e.child("n").line()).isEqualTo(3);
      assertThat(x.nextChild()).isFalse();
      x.finish();
    }
  }
}
