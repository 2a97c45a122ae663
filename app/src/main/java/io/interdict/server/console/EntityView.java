package io.interdict.server.console;

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
