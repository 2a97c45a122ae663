package io.interdict.match.eval;

import io.interdict.match.Query;
import io.interdict.model.EntityType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A row of yente's person evaluation files ({@code full_name, first_name, middle_name, last_name,
 * gender, date_of_birth, place_of_birth, nationality}).
 */
public record PersonRow(String fullName, String gender, String birthDate, String nationality) {
  public static List<PersonRow> read(Path file) throws IOException {
    List<PersonRow> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.add(new PersonRow(rec.get("full_name"), rec.get("gender"), rec.get("date_of_birth"), rec.get("nationality")));
      }
    }
    return out;
  }

  /** The name alone, as a name-only screening would send it. */
  public Query nameQuery() {
    return new Query(null, fullName, EntityType.PERSON, null, null, null, null);
  }

  /** Name with date of birth, nationality and gender. */
  public Query fullQuery() {
    return new Query(null, fullName, EntityType.PERSON, birthDate, nationality, null, gender);
  }
}
