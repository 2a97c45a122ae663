package io.interdict.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.audit.AuditLog;
import io.interdict.lists.DemoList;
import io.interdict.lists.store.ListStore;
import io.interdict.model.EntityType;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.ownership.OwnershipStore;
import io.interdict.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job screening against the list store the CLI and the server keep (H2 here, PostgreSQL in production). */
class StoreListsTest {
  @TempDir Path dir;

  @Test
  void followsTheStoresCurrentVersions() {
    // AUTO_SERVER lets this test and the job's own connection pool open the one H2 file together.
    String url = "jdbc:h2:file:" + dir.resolve("interdict") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    try (Database db = Database.jdbc(url, null, null)) {
      ListStore store = new ListStore(db, new AuditLog(db.jdbi()));
      ListSnapshot demo = DemoList.snapshot();
      store.importSnapshot(demo, "test");

      SharedLists.Spec spec = new SharedLists.Spec(List.of(), url, 3600, null);
      SharedLists.Loaded first = SharedLists.get(spec);
      assertThat(first.version()).startsWith("store:");
      assertThat(first.entities()).hasSameSizeAs(demo.entities());
      assertThat(first.screener().screen(io.interdict.match.Query.name("Kim Sang Man"), 0.8, 1)).isNotEmpty();
      assertThat(SharedLists.reloadNow(spec)).as("nothing imported since").isFalse();

      List<ListedEntity> more = new ArrayList<>(demo.entities());
      more.add(ListedEntity.builder(demo.source(), "99999", EntityType.ORGANIZATION)
          .name("EXAMPLE NEWLY LISTED TRADING LLC", NameType.PRIMARY).program("DPRK2").build());
      store.importSnapshot(new ListSnapshot(demo.source(), null, "next-" + demo.checksum(), "test", Instant.now(), more,
          List.of()), "test");
      assertThat(SharedLists.reloadNow(spec)).isTrue();
      SharedLists.Loaded second = SharedLists.get(spec);
      assertThat(second.version()).isNotEqualTo(first.version());
      assertThat(second.screener().screen(io.interdict.match.Query.name("Example Newly Listed Trading"), 0.8, 1))
          .isNotEmpty();

      new OwnershipStore(db.jdbi(), new AuditLog(db.jdbi()), Clock.systemUTC()).importCsv("""
          owner_id,owner_name,owned_id,owned_name,percent,owner_list_id
          P1,KIM Sang Man,C1,Pyongsong Logistics Ltd,50,us-ofac-sdn:43377
          """, "register.csv", "test");
      assertThat(SharedLists.reloadNow(spec)).as("a new ownership register is a new version").isTrue();
      SharedLists.Loaded third = SharedLists.get(spec);
      assertThat(third.version()).endsWith(";own:1");
      assertThat(third.screener().screen(io.interdict.match.Query.name("Pyongsong Logistics Ltd"), 0.8, 1).get(0)
          .entity().key()).isEqualTo("interdict-ownership:C1");
    } finally {
      // The job's pool would keep the H2 files open (and written) while JUnit deletes them.
      SharedLists.closeStore(url);
    }
  }
}
