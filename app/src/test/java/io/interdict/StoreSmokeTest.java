package io.interdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreSmokeTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @MethodSource("io.interdict.testing.TestDatabases#all")
  void migrationsApplyOnAFreshDatabase(String kind) {
    try (Database db = TestDatabases.open(kind, tmp)) {
      String created =
          db.jdbi().withHandle(h -> h.createQuery("SELECT meta_value FROM interdict_meta WHERE meta_key = 'schema_created'")
              .mapTo(String.class).one());
      assertThat(created).isNotBlank();
    }
  }
}
