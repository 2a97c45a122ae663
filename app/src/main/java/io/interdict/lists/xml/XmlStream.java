package io.interdict.lists.xml;

import io.interdict.lists.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only cursor over a list file: walks the large outer levels element by element and
 * materialises one record at a time as an {@link XmlElement}. Every parser failure becomes a {@link
 * ListFormatException} naming the file and the line where the parser stopped.
 */
public final class XmlStream implements AutoCloseable {
  private final String file;
  private final InputStream in;
  private final XMLStreamReader r;

  private XmlStream(String file, InputStream in, XMLStreamReader r) {
    this.file = file;
    this.in = in;
    this.r = r;
  }

  /** Opens {@code path} with the hardened parser and positions the cursor on the root element. */
  public static XmlStream open(Path path) {
    String file = path.toString();
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw new ListFormatException(file, 0, "cannot read: " + e.getMessage(), e);
    }
    XmlStream s;
    try {
      s = new XmlStream(file, in, SafeXml.inputFactory().createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      closeQuietly(in);
      throw new ListFormatException(file, line(e), "not well-formed XML: " + problem(e), e);
    }
    try {
      s.advanceToStart();
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  public String file() {
    return file;
  }

  /** Line of the current parser position (1-based). */
  public long line() {
    return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
  }

  /** Local name of the element the cursor is on. */
  public String name() {
    return r.getLocalName();
  }

  public String namespace() {
    String ns = r.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /** Attribute of the current start element by local name; null when absent. */
  public String attribute(String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(localName)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * Moves to the next child start element of the current parent; false when the parent's end tag is
   * reached instead. On a parent's start tag it enters the parent; on the end tag of a child (after
   * {@link #readElement()} or {@link #skipElement()}) it moves to the next sibling. A child the
   * caller neither read nor skipped would be entered, so callers always do one or the other.
   */
  public boolean nextChild() {
    try {
      return seekStartOrEnd();
    } catch (XMLStreamException e) {
      throw fail(e);
    }
  }

  /** Reads the current start element and its whole subtree; leaves the cursor on its end tag. */
  public XmlElement readElement() {
    try {
      return build();
    } catch (XMLStreamException e) {
      throw fail(e);
    }
  }

  /** Skips the current start element and its subtree; leaves the cursor on its end tag. */
  public void skipElement() {
    try {
      int depth = 1;
      while (depth > 0) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else {
          checkEvent(ev);
        }
      }
    } catch (XMLStreamException e) {
      throw fail(e);
    }
  }

  /** Reads to the end of the document so that trailing garbage or truncation is reported. */
  public void finish() {
    try {
      while (r.hasNext()) {
        checkEvent(r.next());
      }
    } catch (XMLStreamException e) {
      throw fail(e);
    }
  }

  /** An error about the content (not the syntax) at the current position. */
  public ListFormatException error(String problem) {
    return new ListFormatException(file, line(), problem);
  }

  @Override
  public void close() {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // closing a reader over a file we own cannot lose data; the stream is closed next
    }
    closeQuietly(in);
  }

  private boolean seekStartOrEnd() throws XMLStreamException {
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      checkEvent(ev);
    }
    throw new ListFormatException(file, line(), "file ends before the document is complete (truncated?)");
  }

  private void advanceToStart() {
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          return;
        }
        checkEvent(ev);
      }
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    throw new ListFormatException(file, line(), "no XML root element (empty file?)");
  }

  private XmlElement build() throws XMLStreamException {
    String name = r.getLocalName();
    long line = line();
    Map<String, String> attrs = new HashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    List<XmlElement> children = new ArrayList<>();
    StringBuilder text = null;
    while (true) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT:
          children.add(build());
          break;
        case XMLStreamConstants.END_ELEMENT:
          String t = text == null ? null : text.toString().strip();
          return new XmlElement(name, attrs, t == null || t.isEmpty() ? null : t, children, line);
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (text == null) {
            text = new StringBuilder();
          }
          text.append(r.getText());
          break;
        default:
          checkEvent(ev);
      }
    }
  }

  /** Refuses what a list file never legitimately contains. */
  private void checkEvent(int ev) {
    if (ev == XMLStreamConstants.DTD) {
      throw new ListFormatException(file, line(), "a DOCTYPE declaration is not allowed in a list file");
    }
    if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new ListFormatException(
          file, line(), "entity reference &" + r.getLocalName() + "; is not allowed in a list file");
    }
  }

  private ListFormatException fail(XMLStreamException e) {
    long at = line(e);
    return new ListFormatException(file, at > 0 ? at : line(), "not well-formed XML: " + problem(e), e);
  }

  private static long line(XMLStreamException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
  }

  /** The parser's message without the "ParseError at [row,col]:" prefix it repeats. */
  static String problem(XMLStreamException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // read-only stream: nothing to lose
    }
  }
}
