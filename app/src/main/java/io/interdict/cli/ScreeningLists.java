package io.interdict.cli;

import io.interdict.audit.AuditLog;
import io.interdict.lists.DemoList;
import io.interdict.lists.ListFormats;
import io.interdict.lists.store.ListStore;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.payments.PaymentPolicy;
import io.interdict.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities payments are screened against: the {@code --list} files when given, else the current
 * lists of the store, else the bundled demo list (with a notice, so nobody mistakes it for real lists).
 */
record ScreeningLists(List<ListedEntity> entities, String description, boolean demo) {
  static ScreeningLists load(List<Path> lists, Database db, PrintWriter err) {
    if (lists != null && !lists.isEmpty()) {
      List<ListedEntity> all = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Path p : lists) {
        ListSnapshot s = ListFormats.read(p, false);
        all.addAll(s.entities());
        names.add(s.source() + " (" + s.entities().size() + ")");
      }
      return new ScreeningLists(List.copyOf(all), String.join(", ", names), false);
    }
    if (db != null) {
      List<ListedEntity> current = new ListStore(db, new AuditLog(db.jdbi())).currentEntities();
      if (!current.isEmpty()) {
        return new ScreeningLists(current, "current lists of the store (" + current.size() + " entities)", false);
      }
    }
    err.println("interdict: no list imported and no --list given: screening against the bundled DEMO list");
    err.flush();
    return new ScreeningLists(DemoList.snapshot().entities(), "bundled demo list", true);
  }

  /**
   * These entities plus the parties of an ownership register that the rule blocks, as list entries of
   * source {@code interdict-ownership}. Parties under review are not added (a hold on a payment needs a
   * hit, and a possible ownership is no hit): the notice on stderr sends the analyst to
   * {@code interdict ownership}.
   */
  ScreeningLists withOwnership(OwnershipRegister reg, String label, OwnershipRule rule, PaymentPolicy policy,
      PrintWriter err) {
    OwnershipAnalysis.Report report = OwnershipAnalysis.analyse(reg, entities, screener(), policy, rule);
    long review = report.count(OwnershipAnalysis.Status.REVIEW);
    if (review > 0) {
      err.println("interdict: ownership: " + review + " part" + (review == 1 ? "y" : "ies") + " of " + label
          + " need review; see interdict ownership check");
      err.flush();
    }
    List<ListedEntity> all = new ArrayList<>(entities);
    all.addAll(report.derivedEntities());
    return new ScreeningLists(List.copyOf(all), description + " + " + report.derivedEntities().size()
        + " blocked by ownership (" + rule.name() + " rule, " + label + ")", demo);
  }

  Screener screener() {
    return Screeners.forEntities(entities);
  }
}
