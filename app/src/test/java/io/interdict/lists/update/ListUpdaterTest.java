package io.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.audit.AuditLog;
import io.interdict.lists.SampleFiles;
import io.interdict.lists.store.CurrentLists;
import io.interdict.lists.store.ListStore;
import io.interdict.lists.store.ListVersion;
import io.interdict.lists.store.SourceState;
import io.interdict.match.Query;
import io.interdict.store.Database;
import io.interdict.testing.TestDatabases;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates against a real HTTP server on loopback. Every failure case checks the same promise: the
 * update is rejected, recorded and audited, and the previous version still screens.
 */
class ListUpdaterTest {
  private static final String SDN = "us-ofac-sdn";

  @TempDir Path tmp;
  private ListServer server;
  private Database db;
  private AuditLog audit;
  private ListStore store;
  private CurrentLists lists;

  @BeforeEach
  void start() throws Exception {
    server = new ListServer();
    db = TestDatabases.open("h2", tmp);
    audit = new AuditLog(db.jdbi());
    store = new ListStore(db, audit);
    lists = new CurrentLists(store);
  }

  @AfterEach
  void stop() {
    server.close();
    db.close();
  }

  @Test
  void goodFirstVersionIsImportedAndScreens() {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");

    UpdateResult r = updater(server.baseUrl()).update(SDN, "test");

    assertThat(r.outcome()).isEqualTo(UpdateResult.Outcome.UPDATED);
    assertThat(r.imported().version().entityCount()).isEqualTo(22);
    assertThat(r.imported().version().format()).isEqualTo("ofac-csv");
    assertThat(r.imported().version().origin()).isEqualTo(server.baseUrl() + "SDN.CSV");
    assertThat(lists.usingDemo()).isFalse();
    assertScreens("Kim Sang Man", SDN + ":43377");
    assertThat(store.entity(SDN + ":12").orElseThrow().names()).extracting(n -> n.value()).contains("PAK, Jin Hek");
    assertThat(tmp.resolve("work").resolve(SDN).resolve("SDN.CSV")).exists();
    assertThat(store.sources().require(SDN).lastError()).isNull();
  }

  @Test
  void unchangedFilesAreAnswered304AndNothingIsImported() {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");
    ListUpdater u = updater(server.baseUrl());
    u.update(SDN, "test");
    server.requests.clear();

    UpdateResult r = u.update(SDN, "test");

    assertThat(r.outcome()).isEqualTo(UpdateResult.Outcome.NOT_MODIFIED);
    assertThat(server.requests).hasSize(4).allSatisfy(q -> assertThat(q.ifNoneMatch()).isEqualTo("\"a\""));
    assertThat(store.versions(SDN)).hasSize(1);
    assertThat(store.sources().require(SDN).lastCheck()).isNotNull();
  }

  @Test
  void goodNewVersionSwitchesOverWithItsDiff() {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");
    ListUpdater u = updater(server.baseUrl());
    ListVersion first = u.update(SDN, "test").imported().version();
    server.publish("SDN.CSV", ListServer.File.of(SampleFiles.sdnCsv(21), "\"b\""));

    UpdateResult r = u.update(SDN, "test");

    assertThat(r.outcome()).isEqualTo(UpdateResult.Outcome.UPDATED);
    assertThat(r.imported().previous()).isEqualTo(first);
    assertThat(r.imported().diff().toString()).isEqualTo("+1 \u22120 ~0");
    assertThat(lists.versions()).containsExactly(r.imported().version());
    assertThat(server.requests.stream().filter(q -> q.path().equals("/ALT.CSV")).toList()).hasSize(2);
  }

  @Test
  void sameContentUnderANewEtagIsAlreadyCurrent() {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");
    ListUpdater u = updater(server.baseUrl());
    u.update(SDN, "test");
    publishSdn(SampleFiles.sdnCsv(20), "\"a2\"");

    assertThat(u.update(SDN, "test").outcome()).isEqualTo(UpdateResult.Outcome.ALREADY_CURRENT);
    assertThat(store.versions(SDN)).hasSize(1);
  }

  @Test
  void downloadCutOffMidBodyIsRejected() {
    ListUpdater u = liveSdn();
    byte[] next = SampleFiles.sdnCsv(21);
    server.publish("SDN.CSV", new ListServer.File(next, "\"b\"", "Wed, 24 May 2023 15:00:00 GMT", next.length / 2,
        Map.of()));

    assertRejected(u.update(SDN, "test"), "SDN.CSV");
  }

  @Test
  void fileTruncatedMidRowIsRejectedByTheReader() {
    ListUpdater u = liveSdn();
    byte[] next = SampleFiles.sdnCsv(21);
    byte[] cut = Arrays.copyOf(next, next.length - 30);
    server.publish("SDN.CSV", ListServer.File.of(cut, "\"b\""));

    UpdateResult r = u.update(SDN, "test");

    assertRejected(r, tmp.resolve("work").resolve(SDN + ".rejected").resolve("SDN.CSV") + ":23: ");
    assertThat(r.exitCode()).isEqualTo(7);
    assertThat(tmp.resolve("work").resolve(SDN + ".rejected").resolve("SDN.CSV")).hasBinaryContent(cut);
  }

  @Test
  void malformedXmlIsRejectedAndThePreviousUnListStillScreens() {
    server.publish("consolidated.xml", ListServer.File.of(SampleFiles.unXml(), "\"u1\""));
    ListUpdater u = updater(server.baseUrl());
    assertThat(u.update("un-sc", "test").outcome()).isEqualTo(UpdateResult.Outcome.UPDATED);
    String broken = new String(SampleFiles.unXml(), StandardCharsets.UTF_8)
        .replace("</INDIVIDUAL>", "</INDIVIDUALS_OOPS>");
    server.publish("consolidated.xml", ListServer.File.of(broken.getBytes(StandardCharsets.UTF_8), "\"u2\""));

    UpdateResult r = u.update("un-sc", "test");

    assertThat(r.outcome()).isEqualTo(UpdateResult.Outcome.FAILED);
    assertThat(r.error()).contains("consolidated.xml");
    assertThat(store.versions("un-sc")).hasSize(1);
    assertScreens("Kim Song Il", "un-sc:KPi.066");
  }

  @Test
  void implausibleShrinkIsRejected() {
    ListUpdater u = liveSdn();
    publishSdn(SampleFiles.sdnCsv(10), "\"b\"");

    UpdateResult r = u.update(SDN, "test");

    assertRejected(r, "implausible us-ofac-sdn list: 12 entities where 22 are live");
    assertThat(updater(server.baseUrl(), 0.5).update(SDN, "test").outcome()).isEqualTo(UpdateResult.Outcome.UPDATED);
  }

  @Test
  void serverThatIsDownIsRejectedAndALaterGoodUpdateRecovers() throws Exception {
    ListUpdater u = liveSdn();
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }

    assertRejected(updater("http://127.0.0.1:" + port + "/").update(SDN, "test"), "cannot connect");

    publishSdn(SampleFiles.sdnCsv(21), "\"b\"");
    assertThat(u.update(SDN, "test").outcome()).isEqualTo(UpdateResult.Outcome.UPDATED);
    assertThat(store.sources().require(SDN).lastError()).isNull();
  }

  @Test
  void updateAllCoversEnabledDownloadableSourcesOnly() {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");
    server.publish("consolidated.xml", ListServer.File.of(SampleFiles.unXml(), "\"u1\""));
    store.setEnabled("us-ofac-cons", false);

    List<UpdateResult> results = updater(server.baseUrl()).updateAll("test");

    assertThat(results).extracting(UpdateResult::source).containsExactly("un-sc", SDN);
    assertThat(results).extracting(UpdateResult::outcome)
        .containsOnly(UpdateResult.Outcome.UPDATED);
  }

  @Test
  void scheduleRefreshesUntilClosed() throws Exception {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");
    store.setEnabled("us-ofac-cons", false);
    store.setEnabled("un-sc", false);
    List<UpdateResult> seen = new CopyOnWriteArrayList<>();
    try (ListUpdater.Schedule s = updater(server.baseUrl()).scheduleEvery(Duration.ofMillis(200), Duration.ZERO,
        seen::add)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (seen.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
    assertThat(seen).extracting(UpdateResult::outcome)
        .startsWith(UpdateResult.Outcome.UPDATED, UpdateResult.Outcome.NOT_MODIFIED);
    int after = seen.size();
    Thread.sleep(500);
    assertThat(seen).hasSize(after);
  }

  private ListUpdater liveSdn() {
    publishSdn(SampleFiles.sdnCsv(20), "\"a\"");
    ListUpdater u = updater(server.baseUrl());
    assertThat(u.update(SDN, "test").outcome()).isEqualTo(UpdateResult.Outcome.UPDATED);
    return u;
  }

  private void assertRejected(UpdateResult r, String why) {
    assertThat(r.outcome()).isEqualTo(UpdateResult.Outcome.FAILED);
    assertThat(r.error()).contains(why);
    assertThat(r.exitCode()).isNotZero();
    assertThat(store.versions(SDN)).hasSize(1);
    assertThat(store.current(SDN).orElseThrow().entityCount()).isEqualTo(22);
    SourceState s = store.sources().require(SDN);
    assertThat(s.lastError()).contains(why);
    assertThat(s.lastErrorAt()).isNotNull();
    assertThat(audit.recent(1).get(0).action()).isEqualTo("lists.update.failed");
    assertThat(audit.verify().intact()).isTrue();
    assertScreens("Kim Sang Man", SDN + ":43377");
  }

  private void assertScreens(String name, String key) {
    assertThat(lists.screener().screen(Query.name(name), 0.9, 5)).extracting(m -> m.entity().key()).contains(key);
  }

  private void publishSdn(byte[] sdn, String etag) {
    server.publish("SDN.CSV", ListServer.File.of(sdn, etag));
    server.publish("ALT.CSV", ListServer.File.of(SampleFiles.altCsv(), etag));
    server.publish("ADD.CSV", ListServer.File.of(SampleFiles.addCsv(), etag));
    server.publish("SDN_COMMENTS.CSV", ListServer.File.of(SampleFiles.commentsCsv(), etag));
  }

  private ListUpdater updater(String baseUrl) {
    return updater(baseUrl, UpdateSettings.DEFAULT_MAX_SHRINK);
  }

  private ListUpdater updater(String baseUrl, double maxShrink) {
    UpdateSettings s = UpdateSettings.defaults().withBaseUrl(baseUrl).withMaxShrink(maxShrink)
        .withTimeout(Duration.ofSeconds(10));
    return new ListUpdater(store, tmp.resolve("work"), s);
  }
}
