package io.interdict.lists.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link DiffResult}. The JSON shape is a published contract:
 * {@code {"added":[{"entity_id","name","source"}],"removed":[...],"changed":[{...,"fields":[...]}],
 * "counts":{"added","removed","changed","unchanged"}}}.
 */
public final class DiffReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DiffReport() {}

  /** The diff as a JSON-ready map (ordered keys). */
  public static Map<String, Object> toMap(DiffResult d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("added", entries(d.added(), false));
    m.put("removed", entries(d.removed(), false));
    m.put("changed", entries(d.changed(), true));
    DiffSummary s = d.summary();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("added", s.added());
    counts.put("removed", s.removed());
    counts.put("changed", s.changed());
    counts.put("unchanged", s.unchanged());
    m.put("counts", counts);
    return m;
  }

  public static String json(DiffResult d) {
    try {
      return JSON.writeValueAsString(toMap(d));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line per entity: {@code + 43377 KIM, Sang Man}, {@code ~ 12 PARK, Jin Hyok [aliases, programs]}. */
  public static String text(DiffResult d) {
    StringBuilder sb = new StringBuilder();
    line(sb, '+', d.added());
    line(sb, '-', d.removed());
    line(sb, '~', d.changed());
    return sb.toString();
  }

  private static void line(StringBuilder sb, char mark, List<DiffResult.Entry> entries) {
    for (DiffResult.Entry e : entries) {
      sb.append(mark).append(' ').append(e.source()).append(':').append(e.entityId()).append("  ").append(e.name());
      if (!e.fields().isEmpty()) {
        sb.append("  [").append(String.join(", ", e.fields())).append(']');
      }
      sb.append('\n');
    }
  }

  private static List<Map<String, Object>> entries(List<DiffResult.Entry> entries, boolean fields) {
    List<Map<String, Object>> out = new ArrayList<>(entries.size());
    for (DiffResult.Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity_id", e.entityId());
      m.put("name", e.name());
      m.put("source", e.source());
      if (fields) {
        m.put("fields", e.fields());
      }
      out.add(m);
    }
    return out;
  }
}
