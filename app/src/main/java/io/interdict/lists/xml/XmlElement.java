package io.interdict.lists.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a list file with its subtree, built by {@link XmlStream#readElement()} for a single
 * record at a time. Small on purpose: readers stream the file and only ever hold one record's tree.
 *
 * @param name local name (namespace dropped: every list uses one namespace per file)
 * @param text the element's own text, trimmed; null when blank or when it has only child elements
 * @param line 1-based line of the start tag, for error messages
 */
public record XmlElement(
    String name, Map<String, String> attributes, String text, List<XmlElement> children, long line) {

  public XmlElement {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The first child with that local name, or null. */
  public XmlElement child(String childName) {
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  public List<XmlElement> children(String childName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Text of the first child with that name; null when absent or blank. */
  public String text(String childName) {
    XmlElement c = child(childName);
    return c == null ? null : c.text;
  }

  /** Non-blank texts of every child with that name, in document order. */
  public List<String> texts(String childName) {
    List<String> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(childName) && c.text != null) {
        out.add(c.text);
      }
    }
    return out;
  }

  /** Attribute by local name; null when absent or blank. */
  public String attr(String attrName) {
    String v = attributes.get(attrName);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
