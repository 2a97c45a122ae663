package io.interdict.lists.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.interdict.InterdictException;
import io.interdict.model.ListedEntity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Canonical JSON of a {@link ListedEntity} and its content hash. Properties are written in
 * alphabetical order so that the hash of an unchanged entity does not move when the model or Jackson
 * reorders record components; the hash is what decides "changed or not" between list versions.
 */
public final class EntityCodec {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private EntityCodec() {}

  public static String toJson(ListedEntity e) {
    try {
      return JSON.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("entity " + e.key() + " is not serialisable: " + ex.getMessage(), ex);
    }
  }

  public static ListedEntity fromJson(String json) {
    try {
      return JSON.readValue(json, ListedEntity.class);
    } catch (JsonProcessingException ex) {
      throw new InterdictException.StoreFailure("stored entity cannot be read back: " + ex.getOriginalMessage(), ex);
    }
  }

  /** SHA-256 (hex) of the canonical JSON. */
  public static String hash(String json) {
    return sha256(json.getBytes(StandardCharsets.UTF_8));
  }

  public static String hash(ListedEntity e) {
    return hash(toJson(e));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
