package io.interdict.lists.diff;

import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two versions of a list. Entities are matched by {@link ListedEntity#key()} (stable across
 * versions); an entity is changed when its content differs, and only then are its fields compared.
 * Pure functions, linear in the list sizes.
 */
public final class ListDiff {
  /** Field names as reported, in report order. Every entity component belongs to one of them. */
  public static final List<String> FIELDS = List.of(
      "type", "name", "aliases", "programs", "identifiers", "crypto_addresses", "birth_dates",
      "birth_places", "nationalities", "citizenships", "gender", "addresses", "vessel", "title",
      "remarks", "relations");

  private static final Comparator<DiffResult.Entry> ORDER =
      Comparator.comparing(DiffResult.Entry::source).thenComparing(DiffResult.Entry::entityId, ListDiff::compareIds);

  private ListDiff() {}

  /** Full diff of two entity lists (either may mix sources). */
  public static DiffResult compare(List<ListedEntity> older, List<ListedEntity> newer) {
    Map<String, ListedEntity> before = new HashMap<>(older.size() * 2);
    for (ListedEntity e : older) {
      before.put(e.key(), e);
    }
    List<DiffResult.Entry> added = new ArrayList<>();
    List<DiffResult.Entry> changed = new ArrayList<>();
    int unchanged = 0;
    for (ListedEntity e : newer) {
      ListedEntity old = before.remove(e.key());
      if (old == null) {
        added.add(entry(e, List.of()));
      } else if (old.equals(e)) {
        unchanged++;
      } else {
        changed.add(entry(e, changedFields(old, e)));
      }
    }
    List<DiffResult.Entry> removed = new ArrayList<>(before.size());
    for (ListedEntity e : before.values()) {
      removed.add(entry(e, List.of()));
    }
    added.sort(ORDER);
    removed.sort(ORDER);
    changed.sort(ORDER);
    return new DiffResult(added, removed, changed, unchanged);
  }

  /**
   * Counts only, from key → content hash maps (as the store keeps them): no entity is loaded.
   */
  public static DiffSummary summarize(Map<String, String> older, Map<String, String> newer) {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    for (Map.Entry<String, String> e : newer.entrySet()) {
      String old = older.get(e.getKey());
      if (old == null) {
        added++;
      } else if (old.equals(e.getValue())) {
        unchanged++;
      } else {
        changed++;
      }
    }
    return new DiffSummary(added, older.size() - changed - unchanged, changed, unchanged);
  }

  /** The {@link #FIELDS} in which two versions of one entity differ; empty when they are equal. */
  public static List<String> changedFields(ListedEntity a, ListedEntity b) {
    List<String> out = new ArrayList<>(4);
    add(out, "type", a.type(), b.type());
    add(out, "name", a.names().get(0), b.names().get(0));
    add(out, "aliases", a.names().subList(1, a.names().size()), b.names().subList(1, b.names().size()));
    add(out, "programs", a.programs(), b.programs());
    add(out, "identifiers", identifiers(a, false), identifiers(b, false));
    add(out, "crypto_addresses", identifiers(a, true), identifiers(b, true));
    add(out, "birth_dates", a.birthDates(), b.birthDates());
    add(out, "birth_places", a.birthPlaces(), b.birthPlaces());
    add(out, "nationalities", a.nationalities(), b.nationalities());
    add(out, "citizenships", a.citizenships(), b.citizenships());
    add(out, "gender", a.gender(), b.gender());
    add(out, "addresses", a.addresses(), b.addresses());
    add(out, "vessel", a.vessel(), b.vessel());
    add(out, "title", a.title(), b.title());
    add(out, "remarks", a.remarks(), b.remarks());
    add(out, "relations", a.relations(), b.relations());
    return out;
  }

  /**
   * Orders publisher ids numerically when both are digits (OFAC ent_num: 9 before 10), else as text.
   */
  static int compareIds(String a, String b) {
    if (isDigits(a) && isDigits(b)) {
      String x = stripLeadingZeros(a);
      String y = stripLeadingZeros(b);
      if (x.length() != y.length()) {
        return Integer.compare(x.length(), y.length());
      }
      int c = x.compareTo(y);
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static DiffResult.Entry entry(ListedEntity e, List<String> fields) {
    return new DiffResult.Entry(e.source(), e.sourceId(), e.primaryName(), fields);
  }

  private static void add(List<String> out, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      out.add(field);
    }
  }

  private static List<Identifier> identifiers(ListedEntity e, boolean crypto) {
    List<Identifier> out = new ArrayList<>();
    for (Identifier id : e.identifiers()) {
      if ((id.type() == IdType.CRYPTO) == crypto) {
        out.add(id);
      }
    }
    return out;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripLeadingZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }
}
