package io.interdict.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormatException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnershipRegisterTest {
  private static final String HEADER = "owner_id,owner_name,owned_id,owned_name,percent,owner_list_id\n";

  @Test
  void readsPartiesOnceAndStakesWithTheirLines() throws Exception {
    OwnershipRegister reg = OwnershipRegister.read(new StringReader(HEADER
        + "X1,KIM Sang Man,C1,Chinyong Trading LLC,50,us-ofac-sdn:36434\n"
        + "\n"
        + "C1,Chinyong Trading LLC,C2,\"Chinyong Shipping, Ltd.\",75 %,\n"
        + "X1,KIM Sang Man,C2,\"Chinyong Shipping, Ltd.\",12.5,\n"), "reg.csv");
    assertEquals(List.of("X1", "C1", "C2"), reg.parties().stream().map(Party::id).toList());
    assertEquals("us-ofac-sdn:36434", reg.parties().get(0).listKey(), "a list id given once holds for the party");
    assertEquals(List.of(2L, 4L, 5L), reg.stakes().stream().map(Stake::line).toList());
    assertEquals(List.of(500_000, 750_000, 125_000), reg.stakes().stream().map(Stake::share).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty file                    | ''                                                                   | 1 | header row
      unknown column                | 'owner,owned\\n'                                                      | 1 | unknown column 'owner'
      missing column                | 'owner_id,owner_name,owned_id,owned_name\\n'                          | 1 | lacks the column percent
      percent not a number          | 'A,Alpha,B,Beta,half,\\n'                                             | 2 | 'half' is not a number
      percent zero                  | 'A,Alpha,B,Beta,0,\\n'                                                | 2 | greater than 0
      percent over 100              | 'A,Alpha,B,Beta,100.5,\\n'                                            | 2 | at most 100
      too many decimals             | 'A,Alpha,B,Beta,33.33333,\\n'                                         | 2 | more than four decimals
      holding itself                | 'A,Alpha,A,Alpha,10,\\n'                                              | 2 | holds itself
      party named two ways          | 'A,Alpha,B,Beta,10,\\nA,Alfa,C,Gamma,10,\\n'                           | 3 | named 'Alfa' here and 'Alpha' on line 2
      two list entries              | 'A,Alpha,B,Beta,10,un-sc:KPi.1\\nA,Alpha,C,Gamma,10,un-sc:KPi.2\\n'    | 3 | list entry un-sc:KPi.2 here and un-sc:KPi.1 on line 2
      list id without source        | 'A,Alpha,B,Beta,10,36434\\n'                                          | 2 | not a list entry key
      same holding twice            | 'A,Alpha,B,Beta,10,\\nA,Alpha,B,Beta,15,\\n'                           | 3 | already holds a stake in 'B' on line 2
      over 100 percent in total     | 'A,Alpha,C,Gamma,60,\\nB,Beta,C,Gamma,40.0001,\\n'                     | 3 | add up to 100.0001 %
      empty owner id                | ',Alpha,B,Beta,10,\\n'                                                | 2 | owner id is empty
      empty owned name              | 'A,Alpha,B,,10,\\n'                                                   | 2 | owned 'B' has no name
      short row                     | 'A,Alpha,B,Beta\\n'                                                   | 2 | expected 6 fields
      """)
  void refusesAContradictoryRegisterNamingTheLine(String title, String body, long line, String message) {
    String rows = body.replace("\\n", "\n");
    String text = body.isEmpty() || body.startsWith("owner") ? rows : HEADER + rows;
    ListFormatException e = assertThrows(ListFormatException.class,
        () -> OwnershipRegister.read(new StringReader(text), "reg.csv"));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith("reg.csv:" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"50, 500000", "'50 %', 500000", "12.5, 125000", "33.3333, 333333", "100, 1000000", "0.0001, 1",
      "' 7 ', 70000", "100.0000, 1000000"})
  void parsesPercentagesExactly(String text, int millionths) {
    assertEquals(millionths, Share.parsePercent(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"500000, 50 %", "333333, 33.3333 %", "1000000, 100 %", "1, 0.0001 %", "125000, 12.5 %"})
  void printsSharesAsPercentages(int millionths, String text) {
    assertEquals(text, Share.percent(millionths));
  }

  @Test
  void refusesAnEmptyPercentage() {
    assertThrows(InterdictException.InvalidInput.class, () -> Share.parsePercent(" "));
  }
}
