package io.interdict.server.console;

import io.interdict.InterdictException;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipAnalysis.Finding;
import io.interdict.ownership.OwnershipAnalysis.Holding;
import io.interdict.ownership.OwnershipRegister;
import io.interdict.ownership.OwnershipRule;
import io.interdict.ownership.Share;
import io.interdict.server.Routes;
import io.interdict.server.ServerServices;
import io.interdict.server.auth.Role;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An analyst pastes an ownership register and sees each party under the 50 % rule, with the holdings
 * that decided; the same analysis as {@code POST /v1/ownership/check}. Nothing is stored. A register
 * that contradicts itself is shown on the form with its line.
 */
final class OwnershipPages implements Console.ConsolePages {
  private static final String EXAMPLE = "owner_id,owner_name,owned_id,owned_name,percent,owner_list_id";

  private final ServerServices services;

  OwnershipPages(ServerServices services) {
    this.services = services;
  }

  @Override
  public void register(Routes r) {
    r.page(HandlerType.GET, "/console/ownership", Role.ANALYST, ctx -> render(ctx, EXAMPLE + "\n", "ofac", Html.EMPTY));
    r.page(HandlerType.POST, "/console/ownership", Role.ANALYST, this::check);
  }

  @Override
  public Map<String, String> links() {
    return Map.of("/console/ownership", "Ownership: the 50 % rule");
  }

  private void check(Context ctx) {
    String register = ctx.formParam("register") == null ? "" : ctx.formParam("register");
    String rule = ctx.formParam("rule") == null ? "ofac" : ctx.formParam("rule");
    Html.Safe result;
    try {
      OwnershipRule r = OwnershipRule.parse(rule);
      OwnershipRegister reg = OwnershipRegister.read(new StringReader(register), "register");
      result = findings(OwnershipAnalysis.analyse(reg, services.lists().entities(), services.lists().screener(),
          services.paymentPolicy(), r));
    } catch (InterdictException e) {
      result = Html.fmt("<p class=\"error\" id=\"ownership-error\">{}</p>", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    render(ctx, register, rule, result);
  }

  private static Html.Safe findings(OwnershipAnalysis.Report report) {
    List<Html.Safe> rows = new ArrayList<>();
    for (Finding f : report.findings()) {
      List<Html.Safe> holdings = new ArrayList<>();
      for (Holding h : f.holdings()) {
        holdings.add(Html.fmt("<li>{} {} <span class=\"meta\">({})</span></li>", Share.percent(h.share()), h.ownerName(),
            h.ownerIs()));
      }
      List<Html.Safe> reasons = new ArrayList<>();
      for (String r : f.reasons()) {
        reasons.add(Html.fmt("<li>{}</li>", r));
      }
      rows.add(Html.fmt("""
          <tr class="finding" id="party-{}"><td><span class="state status">{}</span></td><td>{}<div class="meta">{}</div></td>
          <td><ul class="evidence">{}</ul></td><td><ul class="evidence">{}</ul></td></tr>""",
          f.party().id(), f.status(), f.party().name(), f.party().id(), Html.join(holdings), Html.join(reasons)));
    }
    return Html.fmt("""
        <p class="meta" id="ownership-summary">{} rule ({}): {} listed, {} blocked, {} to review, {} restricted, {} clear</p>
        <table id="findings"><thead><tr><th>Status</th><th>Party</th><th>Holdings that decided</th><th>Why</th></tr></thead>
        <tbody>{}</tbody></table>""", report.rule().name(), report.rule().describe(),
        report.count(OwnershipAnalysis.Status.LISTED), report.count(OwnershipAnalysis.Status.BLOCKED),
        report.count(OwnershipAnalysis.Status.REVIEW), report.count(OwnershipAnalysis.Status.RESTRICTED),
        report.count(OwnershipAnalysis.Status.CLEAR), Html.join(rows));
  }

  private void render(Context ctx, String register, String rule, Html.Safe result) {
    ctx.html(Layout.page(ctx, "Ownership: the 50 % rule", services.lists().demo(), Html.fmt("""
        <form method="post" action="/console/ownership" class="card" id="ownership-form">{}
          <label>Register (CSV: {}, optional owned_list_id) <textarea name="register" id="register" rows="8"
            cols="100" spellcheck="false">{}</textarea></label>
          <div class="row"><label>Rule <select name="rule" id="rule">
            <option value="ofac"{}>OFAC: 50 % or more, added up</option>
            <option value="uk"{}>UK: more than 50 %, one designated person</option></select></label>
          <button type="submit" id="check">Apply the rule</button></div>
        </form>
        {}""", Layout.csrf(ctx), EXAMPLE, register, "uk".equals(rule) ? Html.EMPTY : Html.fmt(" selected"),
        "uk".equals(rule) ? Html.fmt(" selected") : Html.EMPTY, result)));
  }
}
