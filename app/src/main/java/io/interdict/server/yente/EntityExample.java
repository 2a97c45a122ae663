package io.interdict.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.InterdictException;
import io.interdict.match.Query;
import io.interdict.model.EntityType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One yente query example ({@code {"schema": "Person", "properties": {"name": [...], ...}}}) turned into
 * the screening queries it stands for: every name against every date, country and identifier given
 * (each capped, so that one example cannot fan out without bound).
 */
public record EntityExample(String id, String schema, Map<String, List<String>> properties) {
  static final int MAX_NAMES = 20;
  static final int MAX_EACH = 3;
  static final List<String> NAME_PROPS = List.of("name", "alias", "previousName", "weakAlias");
  static final List<String> COUNTRY_PROPS = List.of("nationality", "citizenship", "country", "jurisdiction");
  static final List<String> ID_PROPS = List.of("idNumber", "passportNumber", "registrationNumber", "taxNumber",
      "imoNumber", "mmsi", "swiftBic", "leiCode", "innCode", "ogrnCode", "cryptoWallet", "publicKey", "email", "phone");

  public static EntityExample parse(String key, JsonNode node) {
    String where = "Cannot parse example entity '" + key + "': ";
    if (node == null || !node.isObject()) {
      throw new InterdictException.InvalidInput(where + "expected an object");
    }
    JsonNode schema = node.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw new InterdictException.InvalidInput(where + "'schema' is required (e.g. \"Person\")");
    }
    JsonNode props = node.get("properties");
    if (props == null || !props.isObject()) {
      throw new InterdictException.InvalidInput(where + "'properties' must be an object");
    }
    Map<String, List<String>> p = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      List<String> values = new ArrayList<>();
      JsonNode v = f.getValue();
      if (v.isArray()) {
        for (JsonNode item : v) {
          if (!item.isValueNode() || item.isNull()) {
            throw new InterdictException.InvalidInput(where + "property '" + f.getKey() + "' must hold strings");
          }
          values.add(item.asText());
        }
      } else if (v.isValueNode() && !v.isNull()) {
        values.add(v.asText());
      } else if (!v.isNull()) {
        throw new InterdictException.InvalidInput(where + "property '" + f.getKey() + "' must be a string or a list");
      }
      values.removeIf(String::isBlank);
      if (!values.isEmpty()) {
        p.put(f.getKey(), List.copyOf(values));
      }
    }
    JsonNode id = node.get("id");
    return new EntityExample(id != null && id.isTextual() ? id.asText() : null, schema.asText(), p);
  }

  public EntityType type() {
    return EntityType.parse(schema);
  }

  public List<Query> queries(String key) {
    EntityType type;
    try {
      type = type();
    } catch (InterdictException e) {
      throw new InterdictException.InvalidInput("Cannot parse example entity '" + key + "': " + e.getMessage());
    }
    List<String> names = collect(NAME_PROPS, MAX_NAMES);
    if (names.isEmpty() && properties.containsKey("lastName")) {
      names = List.of(String.join(" ", concat("firstName", "middleName", "lastName")));
    }
    List<String> dates = orNull(collect(List.of("birthDate", "incorporationDate"), MAX_EACH));
    List<String> countries = orNull(collect(COUNTRY_PROPS, MAX_EACH));
    List<String> ids = orNull(collect(ID_PROPS, MAX_EACH));
    if (names.isEmpty() && ids.get(0) == null) {
      throw new InterdictException.InvalidInput(
          "Cannot parse example entity '" + key + "': it needs a name (name, alias, lastName) or an identifier");
    }
    List<String> gender = properties.getOrDefault("gender", List.of());
    List<Query> out = new ArrayList<>();
    for (String name : names.isEmpty() ? List.of("") : names) {
      for (String d : dates) {
        for (String c : countries) {
          for (String i : ids) {
            out.add(new Query(key, name, type, d, c, i, gender.isEmpty() ? null : gender.get(0)));
          }
        }
      }
    }
    return out;
  }

  private List<String> concat(String... props) {
    List<String> parts = new ArrayList<>();
    for (String prop : props) {
      List<String> v = properties.get(prop);
      if (v != null) {
        parts.add(v.get(0));
      }
    }
    return parts;
  }

  private List<String> collect(List<String> props, int max) {
    List<String> out = new ArrayList<>();
    for (String prop : props) {
      for (String v : properties.getOrDefault(prop, List.of())) {
        if (out.size() < max && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static List<String> orNull(List<String> values) {
    if (values.isEmpty()) {
      List<String> one = new ArrayList<>();
      one.add(null);
      return one;
    }
    return values;
  }
}
