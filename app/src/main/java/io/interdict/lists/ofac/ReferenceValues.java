package io.interdict.lists.ofac;

import io.interdict.lists.ListFormatException;
import io.interdict.lists.xml.XmlElement;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code ReferenceValueSets} of an OFAC Advanced XML file: every numeric id the rest of the file
 * uses (alias types, feature types, countries, document types, ...) mapped to its element, as that
 * very file defines them. Nothing is hard-coded by id: OFAC may renumber, and an id the file does not
 * define is an error naming the set and the id.
 */
final class ReferenceValues {
  private final String file;
  private final Map<String, Map<String, XmlElement>> sets = new HashMap<>();

  ReferenceValues(String file) {
    this.file = file;
  }

  /** Adds one {@code XxxValues} element (its children are the {@code Xxx ID="..."} values). */
  void addSet(XmlElement values) {
    for (XmlElement v : values.children()) {
      String id = v.attr("ID");
      if (id != null) {
        sets.computeIfAbsent(v.name(), k -> new HashMap<>()).put(id, v);
      }
    }
  }

  boolean isEmpty() {
    return sets.isEmpty();
  }

  /** The value element of {@code set} with {@code id}; an error naming both when the file lacks it. */
  XmlElement get(String set, String id, long line, String context) {
    if (id == null) {
      throw new ListFormatException(file, line, context + ": missing " + set + "ID");
    }
    XmlElement v = sets.getOrDefault(set, Map.of()).get(id);
    if (v == null) {
      throw new ListFormatException(file, line, context + ": unknown " + set + "ID " + id + " (not in the file's ReferenceValueSets)");
    }
    return v;
  }

  /** The text of the value, e.g. {@code text("FeatureType", "8", ...)} is "Birthdate". */
  String text(String set, String id, long line, String context) {
    String t = get(set, id, line, context).text();
    return t == null ? "" : t.replaceAll("\\s+", " ");
  }
}
