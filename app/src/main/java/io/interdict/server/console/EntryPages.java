package io.interdict.server.console;

import static io.interdict.server.console.Console.nz;

import io.interdict.InterdictException;
import io.interdict.entry.EntryDecision;
import io.interdict.entry.EntryHit;
import io.interdict.entry.Mrz;
import io.interdict.entry.Traveller;
import io.interdict.server.Access;
import io.interdict.server.Routes;
import io.interdict.server.ServerMetrics;
import io.interdict.server.ServerServices;
import io.interdict.server.api.EntryApi;
import io.interdict.server.auth.Role;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An officer screens one traveller, by the passport's machine-readable zone or by fields, and sees
 * CLEAR, REFER or DENY with the hits and the reasons. Decisions are taken and recorded as the API
 * takes them ({@link EntryApi#decide}); input that cannot be read is shown on the form, not as an error page.
 */
final class EntryPages implements Console.ConsolePages {
  private static final List<String> FIELDS = List.of("surname", "given_names", "birth_date", "nationality",
      "document_number", "document_country");

  private final ServerServices services;
  private final EntryApi api;

  EntryPages(ServerServices services, ServerMetrics metrics) {
    this.services = services;
    this.api = new EntryApi(services, metrics);
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/entry", Role.SCREENING, ctx -> render(ctx, Map.of(), Html.EMPTY));
    r.page(HandlerType.POST, "/console/entry", Role.SCREENING, this::decide);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/entry", "Entry screening (traveller)");
  }

  private void decide(Context ctx) {
    Map<String, String> form = new HashMap<>();
    for (String f : FIELDS) {
      form.put(f, nz(ctx.formParam(f)));
    }
    form.put("mrz", nz(ctx.formParam("mrz")));
    Html.Safe result;
    try {
      Traveller t = traveller(form, LocalDate.now(services.clock()));
      result = decision(api.decide(t, Access.user(ctx).name(), true));
    } catch (InterdictException.InvalidInput e) {
      result = Html.fmt("<p class=\"error\" id=\"entry-error\">{}</p>", e.getMessage());
    }
    render(ctx, form, result);
  }

  private static Traveller traveller(Map<String, String> form, LocalDate today) {
    String mrz = form.get("mrz");
    if (!mrz.isBlank()) {
      List<String> lines = Arrays.stream(mrz.split("\\R")).filter(l -> !l.isBlank()).toList();
      return Traveller.of(Mrz.parse(lines, today), null);
    }
    if (form.get("surname").isBlank()) {
      throw new InterdictException.InvalidInput("give the machine-readable zone, or at least a surname");
    }
    return Traveller.of(null, form.get("surname"), blankToNull(form.get("given_names")), blankToNull(form.get("birth_date")),
        blankToNull(form.get("nationality")), null, blankToNull(form.get("document_number")),
        blankToNull(form.get("document_country")));
  }

  private static Html.Safe decision(EntryDecision d) {
    List<Html.Safe> reasons = new ArrayList<>();
    for (String r : d.reasons()) {
      reasons.add(Html.fmt("<li>{}</li>", r));
    }
    List<Html.Safe> rows = new ArrayList<>();
    for (EntryHit h : d.hits()) {
      rows.add(Html.fmt("""
          <tr class="hit"><td>{}</td><td class="score">{}</td>
          <td><a href="/console/entities/{}" class="listed-name">{}</a><div class="meta">{} · {}</div></td>
          <td class="matched">{}</td><td>{}</td><td class="meta">{}</td></tr>""",
          h.outcome(), String.format(Locale.ROOT, "%.2f", h.score()), Layout.url(h.entityKey()), h.listedName(),
          h.entityKey(), h.programs(), h.matchedName(), h.kind(), h.explanation() == null ? "" : h.explanation()));
    }
    Traveller t = d.traveller();
    return Html.fmt("""
        <section class="card" id="decision"><h2><span class="state" id="outcome">{}</span> {}</h2>
        <ul id="reasons">{}</ul></section>
        {}""", d.decision(), t == null ? "" : t.fullName(), Html.join(reasons), rows.isEmpty() ? Html.EMPTY : Html.fmt("""
        <table id="entry-hits"><thead><tr><th>Outcome</th><th>Score</th><th>Listed party</th><th>Matched</th>
        <th>Kind</th><th>Why</th></tr></thead><tbody>{}</tbody></table>""", Html.join(rows)));
  }

  private void render(Context ctx, Map<String, String> form, Html.Safe result) {
    List<Html.Safe> inputs = new ArrayList<>();
    for (String f : FIELDS) {
      inputs.add(Html.fmt("<label>{} <input name=\"{}\" id=\"{}\" value=\"{}\"></label>", f.replace('_', ' '), f, f,
          form.getOrDefault(f, "")));
    }
    ctx.html(Layout.page(ctx, "Entry screening", services.lists().demo(), Html.fmt("""
        <form method="post" action="/console/entry" class="card" id="entry-form">{}
          <label>Machine-readable zone (2 or 3 lines) <textarea name="mrz" id="mrz" rows="3" cols="46"
            spellcheck="false">{}</textarea></label>
          <p class="meta">or the traveller's details:</p>
          <div class="row">{}</div>
          <button type="submit" id="decide">Decide</button>
          <p class="meta">REFER and DENY are recorded in the audit trail under your name.</p>
        </form>
        {}""", Layout.csrf(ctx), form.getOrDefault("mrz", ""), Html.join(inputs), result)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
