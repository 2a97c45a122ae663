package io.interdict.monitoring;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.NamedCsv;
import io.interdict.model.EntityType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the customer file: UTF-8 CSV with a header row naming the columns {@code id, name, schema,
 * birth_date, country, identifier} ({@code id} and {@code name} required, the others optional, in any
 * order). The whole file is validated before anything is stored; the first bad row is reported with
 * its line number.
 */
public final class CustomerCsv {
  static final Set<String> COLUMNS = Set.of("id", "name", "schema", "birth_date", "country", "identifier");

  private CustomerCsv() {}

  public static List<Customer> read(Path file) {
    try (Reader r = new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
      return read(r, file.toString());
    } catch (NoSuchFileException e) {
      throw new InterdictException.InvalidInput("customer file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new ListFormatException(file.toString(), 0, "not valid UTF-8");
    } catch (IOException e) {
      throw new InterdictException.InvalidInput("cannot read customer file " + file + ": " + e.getMessage());
    }
  }

  /** Parses and validates; {@code origin} names the input in error messages. */
  public static List<Customer> read(Reader in, String origin) throws IOException {
    List<Customer> out = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    NamedCsv.read(in, origin, "id,name,schema,birth_date,country,identifier", (rec, line) -> header(rec, origin, line),
        (rec, col, line) -> {
          Customer c;
          try {
            c = new Customer(NamedCsv.field(rec, col, "id"), NamedCsv.field(rec, col, "name"),
                EntityType.parse(NamedCsv.field(rec, col, "schema")), NamedCsv.field(rec, col, "birth_date"),
                NamedCsv.field(rec, col, "country"), NamedCsv.field(rec, col, "identifier"));
          } catch (InterdictException.InvalidInput e) {
            throw new ListFormatException(origin, line, e.getMessage());
          }
          Long before = seen.putIfAbsent(c.id(), line);
          if (before != null) {
            throw new ListFormatException(origin, line, "customer id '" + c.id() + "' already appeared on line " + before);
          }
          out.add(c);
        });
    return out;
  }

  private static Map<String, Integer> header(CSVRecord rec, String origin, long line) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < rec.size(); i++) {
      String name = rec.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
      if (!COLUMNS.contains(name)) {
        throw new ListFormatException(origin, line, "unknown column '" + rec.get(i)
            + "' in the header (expected id,name,schema,birth_date,country,identifier; a header row is required)");
      }
      if (col.put(name, i) != null) {
        throw new ListFormatException(origin, line, "column '" + name + "' appears twice in the header");
      }
    }
    if (!col.containsKey("id") || !col.containsKey("name")) {
      throw new ListFormatException(origin, line, "the header must name at least the columns id and name");
    }
    return col;
  }

}
