package io.interdict.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.interdict.model.ListedEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 content hashes that tell whether a customer record or a list entry changed between two
 * versions. The good-guy list compares them: a confirmed false positive stays quiet only while both
 * hashes are unchanged.
 */
public final class ContentHash {
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private ContentHash() {}

  /** Hash of every field of a list entry, as canonical JSON (properties sorted). */
  public static String entity(ListedEntity e) {
    try {
      return sha256(CANONICAL.writeValueAsString(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise entity " + e.key(), ex);
    }
  }

  /** Hash of the fields joined by a unit separator (null written as an empty field). */
  public static String fields(String... values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append('\u001f');
      }
      if (values[i] != null) {
        sb.append(values[i]);
      }
    }
    return sha256(sb.toString());
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
