package io.interdict.match.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.interdict.match.Query;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads nomenklatura's {@code entity_checks.yml}: labelled query/candidate pairs given as
 * FollowTheMoney-style properties (name or firstName/middleName/fatherName/lastName, and where present
 * birthDate, nationality/country, gender and identifiers).
 */
public final class EntityChecks {
  private EntityChecks() {}

  public static List<PairCase> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    List<PairCase> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : root.path("checks")) {
      EntityType type = PairCase.type(c.path("schema").asText("Any"));
      JsonNode q = c.path("query");
      JsonNode cand = c.path("candidate");
      Query query = new Query(null, String.join(" ", names(q)), type, first(q, "birthDate"),
          first(q, "nationality", "country", "citizenship"), first(q, "idNumber", "passportNumber",
              "registrationNumber", "imoNumber", "innCode", "taxNumber"), first(q, "gender"));
      ListedEntity.Builder b = ListedEntity.builder("check", Integer.toString(i++), type);
      for (String n : names(cand)) {
        b.name(n, NameType.PRIMARY);
      }
      String dob = first(cand, "birthDate");
      PartialDate d = dob == null ? null : io.interdict.match.MatchEngine.parseDate(dob);
      if (d != null) {
        b.birthDate(d);
      }
      String nat = first(cand, "nationality", "country", "citizenship");
      if (nat != null) {
        b.nationality(nat);
      }
      for (String f : new String[] {"idNumber", "passportNumber", "registrationNumber", "imoNumber", "innCode", "taxNumber"}) {
        String v = first(cand, f);
        if (v != null) {
          b.identifier(Identifier.of(f.equals("imoNumber") ? IdType.IMO : IdType.OTHER, v));
        }
      }
      b.gender = first(cand, "gender");
      out.add(new PairCase("entity_checks", query, b.build(), c.path("match").asBoolean()));
    }
    return out;
  }

  private static List<String> names(JsonNode props) {
    List<String> out = new ArrayList<>();
    for (String v : values(props.path("name"))) {
      out.add(v);
    }
    if (out.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (String f : new String[] {"firstName", "middleName", "fatherName", "lastName"}) {
        parts.addAll(values(props.path(f)));
      }
      out.add(String.join(" ", parts));
    }
    return out;
  }

  private static List<String> values(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    } else if (!n.isMissingNode() && !n.isNull()) {
      out.add(n.asText());
    }
    return out;
  }

  private static String first(JsonNode props, String... fields) {
    for (String f : fields) {
      List<String> v = values(props.path(f));
      if (!v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }
}
