package io.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.lists.ListFormatException;
import io.interdict.model.EntityType;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CustomerCsvTest {
  private static List<Customer> read(String csv) throws IOException {
    return CustomerCsv.read(new StringReader(csv), "customers.csv");
  }

  @Test
  void readsEveryColumnAndLeavesBlankOptionalFieldsNull() throws IOException {
    List<Customer> c = read("id,name,schema,birth_date,country,identifier\n"
        + "c1,Kim Sang-man,Person,1967-03,KP,\n"
        + "c2,\"Chinyong IT Cooperation Co, Ltd\",Organization,,,REG-1\n"
        + "c3,Jane Smith,,,,\n");
    assertThat(c).containsExactly(
        new Customer("c1", "Kim Sang-man", EntityType.PERSON, "1967-03", "KP", null),
        new Customer("c2", "Chinyong IT Cooperation Co, Ltd", EntityType.ORGANIZATION, null, null, "REG-1"),
        new Customer("c3", "Jane Smith", EntityType.ANY, null, null, null));
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws IOException {
    assertThat(read("\uFEFFname,id\r\nJane Smith,c9\r\n"))
        .containsExactly(new Customer("c9", "Jane Smith", EntityType.ANY, null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing header       | c1,Jane Smith\\n                                           | 1 | unknown column 'c1'",
      "empty file           | ''                                                         | 1 | a header row",
      "header lacks name    | id,schema\\nc1,Person\\n                                     | 1 | at least the columns id and name",
      "duplicate column     | id,name,name\\n                                            | 1 | appears twice",
      "empty id             | id,name\\nc1,Jane\\n,John\\n                                 | 3 | customer id is empty",
      "empty name           | id,name\\nc1,\\n                                            | 2 | has no name",
      "bad schema           | id,name,schema\\nc1,Jane,Robot\\n                           | 2 | unknown schema 'Robot'",
      "bad birth date       | id,name,birth_date\\nc1,Jane,1980-13-01\\n                  | 2 | birth_date '1980-13-01'",
      "wrong field count    | id,name\\nc1,Jane,extra\\n                                  | 2 | expected 2 fields",
      "duplicate id         | id,name\\nc1,Jane\\nc2,John\\nc1,Janet\\n                     | 4 | already appeared on line 2",
  })
  void badInputIsRejectedWithTheLineNumber(String what, String csv, long line, String problem) {
    String text = csv.replace("\\n", "\n");
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("customers.csv:" + line + ":")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((ListFormatException) e).line()).isEqualTo(line));
  }
}
