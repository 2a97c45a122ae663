package io.interdict.server;

import io.interdict.blocking.AccountBlocks;
import io.interdict.server.api.AlertsApi;
import io.interdict.server.api.AuditApi;
import io.interdict.server.api.BlockingApi;
import io.interdict.server.api.CustomersApi;
import io.interdict.server.api.EntryApi;
import io.interdict.server.api.HoldsApi;
import io.interdict.server.api.ListsApi;
import io.interdict.server.api.OwnershipApi;
import io.interdict.server.api.PaymentsApi;
import io.interdict.server.api.ScreenApi;
import io.interdict.server.api.SystemApi;
import io.interdict.server.api.UsersApi;
import io.interdict.server.auth.Role;
import io.interdict.server.console.Console;
import io.interdict.server.yente.YenteApi;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route of the server, registered here and nowhere else, each with the least role it needs.
 * The list is kept so that tests can check each API route is in the OpenAPI document.
 */
public final class Routes {
  /** One registered route; {@code api} routes are documented in /openapi.json, console pages are not. */
  public record Spec(HandlerType method, String path, Role role, boolean api) {}

  private final Javalin app;
  private final List<Spec> specs = new ArrayList<>();

  private Routes(Javalin app) {
    this.app = app;
  }

  static Routes register(Javalin app, ServerServices s, ServerMetrics metrics, Console console) {
    Routes r = new Routes(app);
    SystemApi system = new SystemApi(s, metrics);
    ScreenApi screen = new ScreenApi(s.lists(), metrics);
    YenteApi yente = new YenteApi(s.lists(), metrics);
    UsersApi users = new UsersApi(s.users());

    r.api(HandlerType.GET, "/healthz", Role.OPEN, system::health);
    r.api(HandlerType.GET, "/readyz", Role.OPEN, system::ready);
    r.api(HandlerType.GET, "/metrics", Role.ADMIN, system::metrics);
    r.api(HandlerType.GET, "/openapi.json", Role.OPEN, system::openapi);
    r.api(HandlerType.GET, "/docs", Role.OPEN, system::docs);

    r.api(HandlerType.POST, "/v1/screen", Role.SCREENING, screen::handle);
    ListsApi lists = new ListsApi(s.listStore(), s.lists(), s.updater());
    r.api(HandlerType.GET, "/v1/lists", Role.SCREENING, lists::status);
    r.api(HandlerType.GET, "/v1/lists/{source}/versions", Role.SCREENING, lists::versions);
    r.api(HandlerType.GET, "/v1/lists/{source}/diff", Role.ANALYST, lists::diff);
    r.api(HandlerType.GET, "/v1/entities/{id}/history", Role.SCREENING, lists::history);
    r.api(HandlerType.POST, "/v1/lists/update", Role.ADMIN, lists::update);
    r.api(HandlerType.POST, "/v1/lists/{source}/update", Role.ADMIN, lists::update);

    r.api(HandlerType.POST, "/match/{dataset}", Role.SCREENING, yente::match);
    r.api(HandlerType.GET, "/entities/{id}", Role.SCREENING, yente::entity);
    r.api(HandlerType.GET, "/search/{dataset}", Role.SCREENING, yente::search);
    r.api(HandlerType.GET, "/algorithms", Role.SCREENING, yente::algorithms);

    AlertsApi alerts = new AlertsApi(s.alerts(), AccountBlocks.overStore(s.database().jdbi(), s.listStore(), s.audit(),
        s.paymentPolicy(), Clock.systemDefaultZone()));
    r.api(HandlerType.GET, "/v1/alerts", Role.ANALYST, alerts::list);
    r.api(HandlerType.GET, "/v1/alerts/{id}", Role.ANALYST, alerts::get);
    r.api(HandlerType.POST, "/v1/alerts/{id}/review", Role.ANALYST, alerts::review);
    r.api(HandlerType.POST, "/v1/alerts/{id}/decide", Role.ANALYST, alerts::decide);
    r.api(HandlerType.POST, "/v1/alerts/{id}/block", Role.ANALYST, alerts::blockAccount);

    CustomersApi customers = new CustomersApi(s);
    r.api(HandlerType.GET, "/v1/customers", Role.ANALYST, customers::list);
    r.api(HandlerType.POST, "/v1/customers", Role.ANALYST, customers::importCsv);
    r.api(HandlerType.GET, "/v1/customers/{id}", Role.ANALYST, customers::get);
    r.api(HandlerType.POST, "/v1/customers/{id}/close", Role.ANALYST, customers::close);
    r.api(HandlerType.POST, "/v1/monitoring/run", Role.ANALYST, customers::run);

    PaymentsApi payments = new PaymentsApi(s);
    r.api(HandlerType.POST, "/v1/payments/screen", Role.ANALYST, payments::screen);
    HoldsApi holds = new HoldsApi(s.holds(), s.clearances());
    r.api(HandlerType.GET, "/v1/payments/holds", Role.ANALYST, holds::list);
    r.api(HandlerType.GET, "/v1/payments/holds/{id}", Role.ANALYST, holds::get);
    r.api(HandlerType.POST, "/v1/payments/holds/{id}/decide", Role.ANALYST, holds::decide);
    r.api(HandlerType.GET, "/v1/payments/clearances", Role.ANALYST, holds::clearances);
    r.api(HandlerType.POST, "/v1/payments/clearances/{id}/revoke", Role.ANALYST, holds::revokeClearance);

    OwnershipApi ownership = new OwnershipApi(s);
    r.api(HandlerType.POST, "/v1/ownership/check", Role.ANALYST, ownership::check);
    r.api(HandlerType.GET, "/v1/ownership/check", Role.ANALYST, ownership::checkStored);
    r.api(HandlerType.POST, "/v1/ownership/register", Role.SUPERVISOR, ownership::importRegister);
    EntryApi entry = new EntryApi(s, metrics);
    r.api(HandlerType.POST, "/v1/entry/screen", Role.SCREENING, entry::screen);

    BlockingApi blocking = new BlockingApi(s);
    r.api(HandlerType.GET, "/v1/blocked", Role.ANALYST, blocking::list);
    r.api(HandlerType.GET, "/v1/blocked/{id}", Role.ANALYST, blocking::get);
    r.api(HandlerType.POST, "/v1/blocked/{id}/release", Role.SUPERVISOR, blocking::proposeRelease);
    r.api(HandlerType.POST, "/v1/blocked/{id}/approve", Role.SUPERVISOR, blocking::approve);
    r.api(HandlerType.GET, "/v1/licences", Role.ANALYST, blocking::licences);
    r.api(HandlerType.POST, "/v1/licences", Role.SUPERVISOR, blocking::addLicence);
    r.api(HandlerType.GET, "/v1/reports/due", Role.ANALYST, blocking::due);
    r.api(HandlerType.GET, "/v1/reports/{kind}", Role.ANALYST, blocking::report);
    r.api(HandlerType.POST, "/v1/reports/{kind}/filings", Role.SUPERVISOR, blocking::filed);

    AuditApi audit = new AuditApi(s.audit());
    r.api(HandlerType.GET, "/v1/audit", Role.SUPERVISOR, audit::list);
    r.api(HandlerType.GET, "/v1/audit/verify", Role.SUPERVISOR, audit::verify);

    r.api(HandlerType.GET, "/v1/users", Role.ADMIN, users::list);
    r.api(HandlerType.POST, "/v1/users", Role.ADMIN, users::add);
    r.api(HandlerType.DELETE, "/v1/users/{name}", Role.ADMIN, users::revoke);

    r.page(HandlerType.GET, "/", Role.OPEN, ctx -> ctx.redirect(Console.HOME));
    r.page(HandlerType.GET, "/static/{file}", Role.OPEN, Console::staticFile);
    console.register(r);
    return r;
  }

  void api(HandlerType method, String path, Role role, Handler h) {
    add(method, path, role, h, true);
  }

  /** A console page or asset: not part of the API document. */
  public void page(HandlerType method, String path, Role role, Handler h) {
    add(method, path, role, h, false);
  }

  private void add(HandlerType method, String path, Role role, Handler h, boolean api) {
    app.addHttpHandler(method, path, h, role);
    specs.add(new Spec(method, path, role, api));
  }

  public List<Spec> specs() {
    return List.copyOf(specs);
  }
}
