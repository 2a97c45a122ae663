package io.interdict.lists;

import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Gathers the entities of one read in file order: a record that cannot be converted, or whose id was
 * seen before, goes to {@link ReadProblems} (rejecting the file in strict mode, skipped in lenient
 * mode), and the result becomes the snapshot.
 */
public final class EntityCollector {
  private final String file;
  private final String checksum;
  private final ReadProblems problems;
  private final List<ListedEntity> entities = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /** Starts the read of {@code path}; the checksum is taken first, over the bytes about to be read. */
  public EntityCollector(Path path, boolean lenient) {
    this.file = path.toString();
    this.checksum = ListFiles.sha256(path);
    this.problems = new ReadProblems(lenient);
  }

  /** The file as messages name it. */
  public String file() {
    return file;
  }

  public ReadProblems problems() {
    return problems;
  }

  /** Converts one record (starting at {@code line}) with {@code convert} and keeps it, or reports why not. */
  public void add(long line, Supplier<ListedEntity> convert) {
    try {
      ListedEntity e = convert.get();
      if (!ids.add(e.sourceId())) {
        throw new ListFormatException(file, line, "id " + e.sourceId() + " appears twice");
      }
      entities.add(e);
    } catch (ListFormatException e) {
      problems.skipRecord(e);
    }
  }

  public ListSnapshot snapshot(String source, LocalDate published) {
    return new ListSnapshot(source, published, checksum, file, Instant.now(), entities, problems.warnings());
  }
}
