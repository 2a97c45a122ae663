package io.interdict.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SharedLists.Loaded lists;

  @BeforeAll
  static void load(@TempDir Path dir) throws Exception {
    SharedLists.Spec spec = new SharedLists.Spec(List.of(DemoListFiles.copyTo(dir).toString()), null, 0, null);
    lists = SharedLists.load(spec, "v1");
  }

  private static JsonNode screen(String request) throws Exception {
    byte[] out = Requests.screen(request == null ? null : request.getBytes(StandardCharsets.UTF_8), "requests-0@7",
        lists.screener(), lists.screener().defaultThreshold(), 10, "v1");
    return JSON.readTree(out);
  }

  @Test
  void aPartyIsScreenedIntoTheApisResultShapeNamingOriginAndListVersion() throws Exception {
    JsonNode r = screen("{\"id\":\"c-1\",\"name\":\"Kim Sang-man\",\"schema\":\"Person\"}");
    assertThat(r.get("query").get("id").asText()).isEqualTo("c-1");
    assertThat(r.get("hits").get(0).get("entity_id").asText()).isEqualTo("us-ofac-sdn:43377");
    assertThat(r.get("origin").asText()).isEqualTo("requests-0@7");
    assertThat(r.get("list_version").asText()).isEqualTo("v1");
    assertThat(r.has("error")).isFalse();
  }

  @ParameterizedTest(name = "{index}: {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      NULL                              | request is not a JSON object
      ''                                | request is not a JSON object
      not json                          | request is not JSON
      [1, 2]                            | request is not a JSON object
      '{"id":"c-2"}'                    | request needs a name or an identifier
      '{"name":"x","schema":"Planet"}'  | Planet
      '{"name":"x","birth_date":17}'    | birth_date
      """)
  void aRequestThatCannotBeScreenedIsAnsweredWithAnError(String request, String message) throws Exception {
    JsonNode r = screen(request);
    assertThat(r.get("error").asText()).contains(message);
    assertThat(r.get("origin").asText()).isEqualTo("requests-0@7");
    assertThat(r.has("hits")).isFalse();
  }

  @Test
  void aPaymentThatCannotBeReadIsHeldNeverReleased() throws Exception {
    JsonNode d = JSON.readTree(Requests.decide("<Document><FIToFICstmrCdtTrf>".getBytes(StandardCharsets.UTF_8),
        "payments-1@3", lists.decider(), "v1"));
    assertThat(d.get("decision").asText()).isEqualTo("HOLD");
    assertThat(d.get("list_version").asText()).isEqualTo("v1");
    JsonNode empty = JSON.readTree(Requests.decide(null, "payments-1@4", lists.decider(), "v1"));
    assertThat(empty.get("decision").asText()).isEqualTo("HOLD");
  }
}
