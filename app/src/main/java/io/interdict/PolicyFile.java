package io.interdict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a policy file (payment, entry): JSON, or YAML by its extension, snake_case keys, an unknown key
 * refused by name so that a typing error never silently keeps a default.
 */
public final class PolicyFile {
  private PolicyFile() {}

  /** The file's keys as {@code shape} (every key optional); null for a file without any (empty, comments only). */
  public static <T> T read(Path file, Class<T> shape) {
    if (!Files.isRegularFile(file)) {
      throw new InterdictException.InvalidInput("policy file does not exist: " + file);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper = name.endsWith(".yml") || name.endsWith(".yaml") ? new ObjectMapper(new YAMLFactory())
        : new ObjectMapper();
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      JsonNode tree = mapper.readTree(file.toFile());
      return tree == null || tree.isMissingNode() || tree.isNull() ? null : mapper.treeToValue(tree, shape);
    } catch (UnrecognizedPropertyException e) {
      throw new InterdictException.InvalidInput(file + ": unknown policy key '" + e.getPropertyName() + "'");
    } catch (IOException e) {
      throw new InterdictException.InvalidInput(file + ": not a valid policy file: "
          + e.getMessage().lines().findFirst().orElse(""));
    } catch (IllegalArgumentException e) {
      throw new InterdictException.InvalidInput(file + ": " + e.getMessage());
    }
  }
}
