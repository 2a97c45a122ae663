package io.interdict.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.model.EntityType;
import io.interdict.model.Identifier;
import io.interdict.model.IdType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.server.auth.Role;
import io.interdict.store.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A real server on a loopback port over a fresh H2 store, with one user per role, for API tests.
 * Close it in @AfterEach / @AfterAll.
 */
public final class TestServer implements AutoCloseable {
  public final Database db;
  public final ServerServices services;
  public final InterdictServer server;
  public final int port;
  public final Map<Role, String> keys = new EnumMap<>(Role.class);
  public final HttpClient http = HttpClient.newHttpClient();

  public TestServer(Path dir, List<ListedEntity> listed, String metricsToken) {
    this(dir, listed, metricsToken, UnaryOperator.identity());
  }

  /** {@code customize} may replace services (e.g. a list updater pointed at a loopback mirror). */
  public TestServer(Path dir, List<ListedEntity> listed, String metricsToken, UnaryOperator<ServerServices> customize) {
    db = Database.h2(dir.resolve("db"));
    services = customize.apply(ServerServices.open(db, dir.resolve("lists")));
    importLists(services, listed);
    for (Role r : Role.values()) {
      if (r != Role.OPEN) {
        keys.put(r, services.users().add(r.label() + "-user", r, "test").apiKey());
      }
    }
    server = new InterdictServer(services, "127.0.0.1", metricsToken);
    port = server.start(0);
  }

  public TestServer(Path dir) {
    this(dir, entities(), null);
  }

  /** Imports the entities through the real list store, one version per source. */
  public static void importLists(ServerServices services, List<ListedEntity> listed) {
    Map<String, List<ListedEntity>> bySource = new TreeMap<>();
    for (ListedEntity e : listed) {
      bySource.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
    }
    bySource.forEach((source, es) -> services.listStore().importSnapshot(new ListSnapshot(source,
        LocalDate.of(2026, 11, 27), "test-" + source + "-" + es.hashCode(), "test fixture", Instant.now(), es, List.of()), "test"));
  }

  /** A few listed parties, including one whose name is an XSS attempt. */
  public static List<ListedEntity> entities() {
    ListedEntity kim = ListedEntity.builder("us-ofac-sdn", "43336", EntityType.PERSON)
        .name("KIM, Sang Man", NameType.PRIMARY)
        .name("KIM Sang-man", NameType.STRONG_AKA)
        .program("DPRK3")
        .birthDate(PartialDate.day(LocalDate.of(1958, 3, 5), "05 Mar 1958"))
        .nationality("Korea, North")
        .identifier(new Identifier(IdType.PASSPORT, "836110034", "Korea, North", null, "Passport"))
        .build();
    ListedEntity org = ListedEntity.builder("us-ofac-sdn", "9999", EntityType.ORGANIZATION)
        .name("KOREA MINING DEVELOPMENT TRADING CORPORATION", NameType.PRIMARY)
        .name("KOMID", NameType.STRONG_AKA)
        .program("NPWMD")
        .build();
    ListedEntity vessel = ListedEntity.builder("un-sc", "KPe.001", EntityType.VESSEL)
        .name("CHON MA SAN", NameType.PRIMARY)
        .identifier(Identifier.of(IdType.IMO, "8660313"))
        .build();
    ListedEntity xss = ListedEntity.builder("us-ofac-cons", "1", EntityType.PERSON)
        .name("<script>alert('x')</script> Evil Person", NameType.PRIMARY)
        .build();
    return List.of(kim, org, vessel, xss);
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> get(String path, Role as) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (as != null) {
      b.header("Authorization", "Bearer " + keys.get(as));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Role as, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (as != null) {
      b.header("Authorization", "Bearer " + keys.get(as));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  @Override
  public void close() {
    server.stop();
    db.close();
  }
}
