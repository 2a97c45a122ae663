package io.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.lists.store.ListSources.FileState;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownloaderTest {
  private static final byte[] BODY = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\r\n".repeat(50)
      .getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;
  private ListServer server;
  private final Downloader downloader = new Downloader(Duration.ofSeconds(10), 1 << 20, Clock.systemUTC());

  @BeforeEach
  void start() throws Exception {
    server = new ListServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fetchesWithValidatorsSizeAndSha256() throws Exception {
    server.publish("SDN.CSV", ListServer.File.of(BODY, "\"v1\""));
    Path target = tmp.resolve("sdn.csv");

    Downloader.Fetched f = downloader.fetch("SDN.CSV", url("SDN.CSV"), target, null);

    assertThat(f.notModified()).isFalse();
    assertThat(Files.readAllBytes(target)).isEqualTo(BODY);
    assertThat(f.state().etag()).isEqualTo("\"v1\"");
    assertThat(f.state().lastModified()).isEqualTo("Tue, 23 May 2023 15:00:00 GMT");
    assertThat(f.state().size()).isEqualTo(BODY.length);
    assertThat(f.state().sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BODY)));
  }

  @Test
  void conditionalRequestAnswered304LeavesTheTargetAlone() throws Exception {
    server.publish("SDN.CSV", ListServer.File.of(BODY, "\"v1\""));
    FileState previous = new FileState("SDN.CSV", "\"v1\"", "Tue, 23 May 2023 15:00:00 GMT", BODY.length, "x",
        Clock.systemUTC().instant());
    Path target = tmp.resolve("sdn.csv");

    Downloader.Fetched f = downloader.fetch("SDN.CSV", url("SDN.CSV"), target, previous);

    assertThat(f.notModified()).isTrue();
    assertThat(target).doesNotExist();
    assertThat(server.requests).singleElement().extracting(ListServer.Request::ifNoneMatch).isEqualTo("\"v1\"");
  }

  @Test
  void bodyCutShortOfItsContentLengthIsRejected() {
    server.publish("SDN.CSV", new ListServer.File(BODY, "\"v1\"", "Tue, 23 May 2023 15:00:00 GMT", BODY.length / 2,
        Map.of()));
    assertThatThrownBy(() -> downloader.fetch("SDN.CSV", url("SDN.CSV"), tmp.resolve("sdn.csv"), null))
        .isInstanceOf(InterdictException.class)
        .hasMessageContaining(url("SDN.CSV").toString()).hasMessageContaining("broke off");
  }

  @Test
  void bodyDisagreeingWithTheAnnouncedDigestIsRejected() throws Exception {
    byte[] other = MessageDigest.getInstance("SHA-256").digest("something else".getBytes(StandardCharsets.UTF_8));
    server.publish("SDN.CSV", new ListServer.File(BODY, "\"v1\"", "Tue, 23 May 2023 15:00:00 GMT", -1,
        Map.of("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(other) + ":")));
    assertThatThrownBy(() -> downloader.fetch("SDN.CSV", url("SDN.CSV"), tmp.resolve("sdn.csv"), null))
        .hasMessageContaining("checksum mismatch");
  }

  @Test
  void bodyMatchingTheAnnouncedDigestIsAccepted() throws Exception {
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(BODY);
    server.publish("SDN.CSV", new ListServer.File(BODY, null, "Tue, 23 May 2023 15:00:00 GMT", -1,
        Map.of("Digest", "MD5=abc, SHA-256=" + Base64.getEncoder().encodeToString(sha))));
    assertThat(downloader.fetch("SDN.CSV", url("SDN.CSV"), tmp.resolve("sdn.csv"), null).state().etag()).isNull();
  }

  @Test
  void httpErrorsAndOversizedFilesAreRejected() {
    assertThatThrownBy(() -> downloader.fetch("SDN.CSV", url("SDN.CSV"), tmp.resolve("a"), null))
        .hasMessageContaining("HTTP 404");
    server.publish("BIG.CSV", ListServer.File.of(new byte[2 << 20], "\"b\""));
    assertThatThrownBy(() -> downloader.fetch("BIG.CSV", url("BIG.CSV"), tmp.resolve("b"), null))
        .hasMessageContaining("more than the 1048576 bytes allowed");
    server.publish("EMPTY.CSV", ListServer.File.of(new byte[0], "\"e\""));
    assertThatThrownBy(() -> downloader.fetch("EMPTY.CSV", url("EMPTY.CSV"), tmp.resolve("c"), null))
        .hasMessageContaining("empty file");
  }

  @Test
  void serverThatIsDownIsReportedAsSuch() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI dead = URI.create("http://127.0.0.1:" + port + "/SDN.CSV");
    assertThatThrownBy(() -> downloader.fetch("SDN.CSV", dead, tmp.resolve("a"), null))
        .hasMessageContaining("cannot connect");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:|true",
      "SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=|true",
      "sha-512=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:|false",
      "sha-256=:not base64!:|false",
      "sha-256=:AAAA:|false",
      "sha-256|false",
  })
  void digestHeaderItemsAreParsedStrictly(String item, boolean valid) {
    assertThat(Downloader.parseSha256(item).isPresent()).isEqualTo(valid);
  }

  private URI url(String name) {
    return URI.create(server.baseUrl() + name);
  }
}
