package io.interdict.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.InterdictException;
import io.interdict.match.Query;
import io.interdict.match.Screener;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.server.Json;
import io.interdict.server.api.ScreenApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the job does to one record, with no Flink in it: a screening request (the JSON party of
 * {@code POST /v1/screen}) becomes the API's result object; a payment message becomes its decision.
 * Never throws: a request that cannot be screened becomes a result with {@code error}, so that no
 * request goes unanswered, and a payment that cannot be read is a HOLD (the decider fails closed).
 * Every result names the list version that produced it.
 */
public final class Requests {
  private Requests() {}

  public static byte[] screen(byte[] request, String origin, Screener screener, double threshold, int limit,
      String listVersion) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    try {
      JsonNode body = request == null || request.length == 0 ? null : Json.MAPPER.readTree(request);
      if (body == null || !body.isObject()) {
        throw new InterdictException.InvalidInput("request is not a JSON object");
      }
      Query q = ScreenApi.party(body, "request");
      List<ScreenApi.Hit> hits = ScreenApi.screen(screener, q, threshold, limit);
      out = Json.MAPPER.valueToTree(new ScreenApi.Result(ScreenApi.PartyEcho.of(q), hits));
    } catch (InterdictException e) {
      out.put("error", e.getMessage());
    } catch (IOException e) {
      out.put("error", "request is not JSON: " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      out.put("error", "internal error while screening (" + e + ")");
    }
    out.put("origin", origin);
    out.put("list_version", listVersion);
    return bytes(out);
  }

  public static byte[] decide(byte[] message, String origin, PaymentDecider decider, String listVersion) {
    return decideAndRecord(message, origin, decider, listVersion, null);
  }

  /**
   * The same, recording the decision first ({@code record} gives the ledger, register or queue
   * reference, which the result carries as {@code recorded}); a failure to record propagates.
   */
  public static byte[] decideAndRecord(byte[] message, String origin, PaymentDecider decider, String listVersion,
      Function<PaymentDecision, String> record) {
    PaymentDecision d = decider.decide(message == null ? new byte[0] : message, origin);
    @SuppressWarnings("unchecked")
    Map<String, Object> out = Json.MAPPER.convertValue(d, LinkedHashMap.class);
    if (record != null) {
      out.put("recorded", record.apply(d));
    }
    out.put("list_version", listVersion);
    return bytes(out);
  }

  private static byte[] bytes(Object o) {
    try {
      return Json.MAPPER.writeValueAsBytes(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
