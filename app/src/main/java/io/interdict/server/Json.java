package io.interdict.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.interdict.InterdictException;
import io.javalin.http.Context;

/**
 * The one JSON mapper of the server. Response records use snake_case field names (as yente does);
 * request bodies are read as trees so that every problem can be reported naming the field.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** The request body as a JSON object; malformed or non-object bodies are a 400 naming the problem. */
  public static JsonNode body(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw new InterdictException.InvalidInput("request body is empty (expected a JSON object)");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InterdictException.InvalidInput("malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InterdictException.InvalidInput("request body must be a JSON object");
    }
    return node;
  }

  /** A text field, or null when absent or null; any other type is a 400 naming the field. */
  public static String text(JsonNode obj, String field, String where) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InterdictException.InvalidInput(where + "." + field + " must be a string, got " + v.getNodeType().name().toLowerCase());
    }
    return v.asText();
  }

  /** A number field within [min, max], or {@code dflt} when absent. */
  public static double number(JsonNode obj, String field, double dflt, double min, double max, String where) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
      throw new InterdictException.InvalidInput(where + "." + field + " must be a number between " + min + " and " + max + ", got " + v);
    }
    return v.asDouble();
  }
}
