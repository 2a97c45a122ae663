package io.interdict.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedListsTest {
  @TempDir Path dir;

  @Test
  void subtasksOfOneJvmShareOneIndex() throws Exception {
    SharedLists.Spec spec = new SharedLists.Spec(List.of(DemoListFiles.copyTo(dir).toString()), null, 0, null);
    assertThat(SharedLists.get(spec)).isSameAs(SharedLists.get(new SharedLists.Spec(spec.paths(), null, 0, null)));
  }

  @Test
  void aChangedListGoesLiveAndABrokenOneNeverDoes() throws Exception {
    Path lists = DemoListFiles.copyTo(dir);
    SharedLists.Spec spec = new SharedLists.Spec(List.of(lists.toString()), null, 3600, null);
    SharedLists.Loaded first = SharedLists.get(spec);
    assertThat(SharedLists.reloadNow(spec)).as("nothing changed").isFalse();

    Path sdn = lists.resolve("sdn.csv");
    String good = Files.readString(sdn).replace("\u001A", ""); // OFAC's closing byte; appended rows go before it
    Files.writeString(sdn, good + "99999,\"EXAMPLE NEWLY LISTED TRADING LLC\",-0- ,\"DPRK2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
    Files.setLastModifiedTime(sdn, FileTime.fromMillis(System.currentTimeMillis() + 2000));
    assertThat(SharedLists.reloadNow(spec)).isTrue();
    SharedLists.Loaded second = SharedLists.get(spec);
    assertThat(second.version()).isNotEqualTo(first.version());
    assertThat(second.entities()).hasSize(first.entities().size() + 1);

    Files.writeString(sdn, good + "99998,\"TRUNCATED IN TRANSIT");
    Files.setLastModifiedTime(sdn, FileTime.fromMillis(System.currentTimeMillis() + 4000));
    assertThat(SharedLists.reloadNow(spec)).isFalse();
    assertThat(SharedLists.get(spec)).as("the previous version stays live").isSameAs(second);
  }

  @Test
  void aMissingListFailsAtStartWithItsPath() {
    SharedLists.Spec spec = new SharedLists.Spec(List.of(dir.resolve("nope").toString()), null, 0, null);
    assertThatThrownBy(() -> SharedLists.get(spec)).isInstanceOf(InterdictException.class).hasMessageContaining("nope");
  }

  @Test
  void aSpecWithoutListsIsRefused() {
    assertThatThrownBy(() -> new SharedLists.Spec(List.of(), null, 0, null)).hasMessageContaining("give either --list");
  }
}
