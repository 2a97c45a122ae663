package io.interdict.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.Access;
import io.interdict.server.Json;
import io.interdict.server.auth.Role;
import io.interdict.server.auth.User;
import io.interdict.server.auth.UserStore;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Admin: users and API keys over HTTP (the same store as {@code interdict users}). */
public final class UsersApi {
  private final UserStore users;

  public UsersApi(UserStore users) {
    this.users = users;
  }

  public record UserJson(String name, String role, Instant createdAt, String createdBy, Instant revokedAt) {
    static UserJson of(User u) {
      return new UserJson(u.name(), u.role().label(), u.createdAt(), u.createdBy(), u.revokedAt());
    }
  }

  public record CreatedJson(UserJson user, String apiKey, String note) {}

  public void list(Context ctx) {
    List<UserJson> out = new ArrayList<>();
    for (User u : users.list()) {
      out.add(UserJson.of(u));
    }
    ctx.json(out);
  }

  public void add(Context ctx) {
    JsonNode body = Json.body(ctx);
    Role role = Role.parseUserRole(Json.text(body, "role", "body"));
    UserStore.Created c = users.add(Json.text(body, "name", "body"), role, Access.user(ctx).name());
    ctx.status(201).json(new CreatedJson(UserJson.of(c.user()), c.apiKey(), "the key is shown once; store it now"));
  }

  public void revoke(Context ctx) {
    ctx.json(UserJson.of(users.revoke(ctx.pathParam("name"), Access.user(ctx).name())));
  }
}
