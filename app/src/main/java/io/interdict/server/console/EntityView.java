package io.interdict.server.console;

import io.interdict.lists.diff.ListDiff;
import io.interdict.lists.store.EntityVersion;
import io.interdict.model.Address;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import io.interdict.model.VesselInfo;
import java.util.ArrayList;
import java.util.List;

/** Every field of a listed entity as a definition list; empty fields are left out. */
final class EntityView {
  private EntityView() {}

  static Html.Safe render(ListedEntity e) {
    List<Html.Safe> rows = new ArrayList<>();
    row(rows, "Key", List.of(e.key()));
    row(rows, "Type", List.of(e.type().schema()));
    List<String> names = new ArrayList<>();
    for (Name n : e.names()) {
      names.add(n.value() + " (" + n.type().name().toLowerCase().replace('_', ' ') + ")");
    }
    row(rows, "Names", names);
    row(rows, "Programs", e.programs());
    List<String> dates = new ArrayList<>();
    for (PartialDate d : e.birthDates()) {
      dates.add(d.toString());
    }
    row(rows, "Birth dates", dates);
    row(rows, "Birth places", e.birthPlaces());
    row(rows, "Nationalities", e.nationalities());
    row(rows, "Citizenships", e.citizenships());
    row(rows, "Gender", e.gender() == null ? List.of() : List.of(e.gender()));
    row(rows, "Title", e.title() == null ? List.of() : List.of(e.title()));
    List<String> addresses = new ArrayList<>();
    for (Address a : e.addresses()) {
      addresses.add(a.oneLine());
    }
    row(rows, "Addresses", addresses);
    List<String> ids = new ArrayList<>();
    for (Identifier i : e.identifiers()) {
      ids.add((i.label() != null ? i.label() : i.type().name()) + ": " + i.value()
          + (i.country() != null ? " (" + i.country() + ")" : ""));
    }
    row(rows, "Identifiers", ids);
    VesselInfo v = e.vessel();
    if (v != null) {
      row(rows, "Vessel", List.of("call sign " + n(v.callSign()) + ", type " + n(v.vesselType()) + ", flag " + n(v.flag())
          + ", tonnage " + n(v.tonnage()) + ", GRT " + n(v.grossRegisteredTonnage()) + ", owner " + n(v.owner())));
    }
    List<String> rel = new ArrayList<>();
    for (Relation r : e.relations()) {
      rel.add(r.type() + ": " + r.targetName() + (r.targetId() != null ? " [" + r.targetId() + "]" : ""));
    }
    row(rows, "Relations", rel);
    row(rows, "Remarks", e.remarks() == null ? List.of() : List.of(e.remarks()));
    return Html.fmt("<dl class=\"entity card\" id=\"entity\">{}</dl>", Html.join(rows));
  }

  /** The entity's stored versions: when it was listed, changed (which fields) and removed. */
  static Html.Safe history(List<EntityVersion> versions) {
    if (versions.isEmpty()) {
      return Html.fmt("<p class=\"meta\">No stored history (the demo list is not stored).</p>");
    }
    List<Html.Safe> rows = new ArrayList<>();
    ListedEntity prev = null;
    for (EntityVersion v : versions) {
      String fields = v.change() == EntityVersion.Change.CHANGED && prev != null && v.entity() != null
          ? String.join(", ", ListDiff.changedFields(prev, v.entity())) : "";
      rows.add(Html.fmt("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"change-{}\">{}</td><td>{}</td></tr>",
          v.version().label(), v.version().published() == null ? "" : v.version().published(), v.version().importedAt(),
          v.change().name().toLowerCase(), v.change().name().toLowerCase(), fields));
      if (v.entity() != null) {
        prev = v.entity();
      }
    }
    return Html.fmt("""
        <h2>Version history</h2>
        <table id="history"><thead><tr><th>Version</th><th>Published</th><th>Imported</th><th>Change</th>
        <th>Fields changed</th></tr></thead><tbody>{}</tbody></table>""", Html.join(rows));
  }

  private static void row(List<Html.Safe> rows, String label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<Html.Safe> vs = new ArrayList<>();
    for (String s : values) {
      vs.add(Html.fmt("<dd>{}</dd>", s));
    }
    rows.add(Html.fmt("<dt>{}</dt>{}", label, Html.join(vs)));
  }

  private static String n(String s) {
    return s == null ? "–" : s;
  }
}
