package io.interdict.server.api;

import io.interdict.InterdictException;
import io.interdict.lists.diff.DiffResult;
import io.interdict.lists.diff.ListDiff;
import io.interdict.lists.store.EntityVersion;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.lists.update.ListUpdater;
import io.interdict.lists.update.UpdateResult;
import io.interdict.server.Access;
import io.interdict.server.ListsView;
import io.interdict.server.yente.FtmEntity;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** List status, stored versions, version diffs and entity history, from the list store. */
public final class ListsApi {
  private final ListStore store;
  private final ListsView lists;
  private final ListUpdater updater;

  public ListsApi(ListStore store, ListsView lists, ListUpdater updater) {
    this.store = store;
    this.lists = lists;
    this.updater = updater;
  }

  public record Updates(boolean failed, List<UpdateResult> results) {}

  public record Status(boolean demoList, List<ListsView.ListStatus> lists) {}

  public record Diff(String source, String from, String to, DiffResult diff) {}

  public record HistoryEntry(String version, Instant importedAt, String change, Map<String, List<String>> properties) {}

  public void status(Context ctx) {
    ctx.json(new Status(lists.demo(), lists.status()));
  }

  public void versions(Context ctx) {
    String source = store.sources().require(ctx.pathParam("source")).source();
    ctx.json(store.versions(source));
  }

  /** {@code ?from=v3&to=v5}; by default the current version against the one before it. */
  public void diff(Context ctx) {
    String source = store.sources().require(ctx.pathParam("source")).source();
    List<ListVersion> all = store.versions(source);
    ListVersion to = ctx.queryParam("to") == null
        ? store.current(source).orElseThrow(() -> new InterdictException.NotFound("no version of " + source + " is stored"))
        : find(all, ctx.queryParam("to"));
    ListVersion from;
    if (ctx.queryParam("from") != null) {
      from = find(all, ctx.queryParam("from"));
    } else {
      int i = all.indexOf(to);
      if (i <= 0) {
        throw new InterdictException.NotFound(to.label() + " is the first stored version of " + source + "; nothing to compare");
      }
      from = all.get(i - 1);
    }
    DiffResult d = ListDiff.compare(store.entities(from.id()), store.entities(to.id()));
    ctx.json(new Diff(source, from.label(), to.label(), d));
  }

  /**
   * Downloads and imports one source ({@code /v1/lists/{source}/update}) or every enabled one
   * ({@code /v1/lists/update}). A rejected download leaves the live version in place and is reported.
   */
  public void update(Context ctx) {
    String actor = Access.user(ctx).name();
    String source = ctx.pathParamMap().get("source");
    List<UpdateResult> results = source == null
        ? updater.updateAll(actor)
        : List.of(updater.update(store.sources().require(source).source(), actor));
    boolean failed = false;
    for (UpdateResult r : results) {
      failed |= r.failed();
    }
    ctx.json(new Updates(failed, results));
  }

  public void history(Context ctx) {
    String key = ctx.pathParam("id");
    List<HistoryEntry> out = new ArrayList<>();
    for (EntityVersion v : store.history(key)) {
      out.add(new HistoryEntry(v.version().label(), v.version().importedAt(), v.change().name().toLowerCase(),
          v.entity() == null ? Map.of() : FtmEntity.properties(v.entity())));
    }
    if (out.isEmpty()) {
      throw new InterdictException.NotFound("no stored history for " + key);
    }
    ctx.json(out);
  }

  private static ListVersion find(List<ListVersion> all, String label) {
    for (ListVersion v : all) {
      if (v.label().equalsIgnoreCase(label.strip())) {
        return v;
      }
    }
    throw new InterdictException.NotFound("no version " + label + " (versions are named v1, v2, ...)");
  }
}
