package io.interdict.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.blocking.BlockingLedger;
import io.interdict.blocking.HeldPayments;
import io.interdict.blocking.RejectsRegister;
import io.interdict.lists.DemoList;
import io.interdict.lists.store.ListStore;
import io.interdict.payments.Decision;
import io.interdict.store.Database;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end: a real Kafka broker (KRaft, in this JVM), a Flink MiniCluster with two slots,
 * requests in, results out under the request's key.
 */
class ScreeningJobKafkaTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static KafkaClusterTestKit kafka;
  private static Path lists;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        // one broker: the internal topics cannot have the default three replicas
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic("screen-in", 2, (short) 1), new NewTopic("screen-out", 1, (short) 1),
          new NewTopic("pay-in", 2, (short) 1), new NewTopic("pay-out", 1, (short) 1), new NewTopic("eo-in", 2, (short) 1),
          new NewTopic("eo-out", 1, (short) 1), new NewTopic("rec-in", 2, (short) 1), new NewTopic("rec-in2", 1, (short) 1),
          new NewTopic("rec-out", 1, (short) 1))).all().get();
    }
    lists = DemoListFiles.copyTo(dir);
    storeDir = dir.resolve("store");
  }

  private static Path storeDir;

  @AfterAll
  static void stop() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void everyRequestIsAnsweredUnderItsKeyAndBadOnesWithAnError() throws Exception {
    produce("screen-in", Map.of(
        "r1", "{\"id\":\"c-1\",\"name\":\"Kim Sang-man\",\"schema\":\"Person\"}",
        "r2", "{\"id\":\"c-2\",\"name\":\"Hanna Schmidt\"}",
        "r3", "{\"id\":\"c-3\",\"name\":\"Chinyong Information Technology Cooperation Co\"}",
        "r4", "not json",
        "r5", "{\"id\":\"c-5\"}"));
    run("--mode", "screen", "--requests", "screen-in", "--results", "screen-out");

    Map<String, JsonNode> out = consume("screen-out", 5);
    assertThat(out).containsOnlyKeys("r1", "r2", "r3", "r4", "r5");
    assertThat(out.get("r1").get("hits").get(0).get("entity_id").asText()).isEqualTo("us-ofac-sdn:43377");
    assertThat(out.get("r2").get("hits")).isEmpty();
    assertThat(out.get("r3").get("hits").get(0).get("entity_id").asText()).isEqualTo("us-ofac-sdn:43379");
    assertThat(out.get("r4").get("error").asText()).startsWith("request is not JSON");
    assertThat(out.get("r5").get("error").asText()).contains("needs a name or an identifier");
    String version = out.get("r1").get("list_version").asText();
    assertThat(version).isNotEmpty();
    assertThat(out.values()).allSatisfy(r -> assertThat(r.get("list_version").asText()).isEqualTo(version));
  }

  @Test
  void paymentsAreDecidedAndAnUnreadableOneIsHeld() throws Exception {
    produce("pay-in", Map.of("p1", mt103("STREAM-1", "KIM SANG MAN"),
        "p2", "<Document><FIToFICstmrCdtTrf><GrpHdr><MsgId>TRUNC"));
    run("--mode", "payments", "--requests", "pay-in", "--results", "pay-out");

    Map<String, JsonNode> out = consume("pay-out", 2);
    assertThat(out.get("p1").get("decision").asText()).isEqualTo("BLOCK");
    assertThat(out.get("p2").get("decision").asText()).isEqualTo("HOLD");
  }

  @Test
  void recordedDecisionsLandInTheStoreAndAReleasedNameIsReleasedNextTime() throws Exception {
    String url = "jdbc:h2:file:" + storeDir.resolve("interdict") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    Path policy = Files.writeString(storeDir.getParent().resolve("hesitant.yml"), "party_block: 1.0\nparty_review: 0.8\n");
    try (Database db = Database.jdbc(url, null, null)) {
      AuditLog audit = new AuditLog(db.jdbi());
      new ListStore(db, audit).importSnapshot(DemoList.snapshot(), "test");
      produce("rec-in", Map.of("s1", mt103("REC-1", "KIM SANG MANN"), "s2", mt103("REC-2", "KIM SANG MAN"),
          "s3", "<Document><FIToFICstmrCdtTrf><GrpHdr><MsgId>TRUNC"));
      runOnStore(url, "rec-in", "--policy", policy.toString(), "--record", "stream");
      Map<String, JsonNode> out = consume("rec-out", 3);
      assertThat(out.get("s1").get("decision").asText()).isEqualTo("HOLD");
      assertThat(out.get("s2").get("decision").asText()).isEqualTo("BLOCK");
      assertThat(out.get("s2").get("recorded").asText()).startsWith("blocked:");
      assertThat(out.get("s3").get("recorded").asText()).startsWith("held:");
      Clock local = Clock.systemDefaultZone();
      BlockingLedger ledger = new BlockingLedger(db.jdbi(), audit, local);
      RejectsRegister rejects = new RejectsRegister(db.jdbi(), audit, local);
      HeldPayments holds = new HeldPayments(db.jdbi(), audit, ledger, rejects, local);
      assertThat(ledger.list()).singleElement().satisfies(i -> assertThat(i.messageId()).isEqualTo("REC-2"));
      assertThat(holds.list(null, true, 10)).hasSize(2);

      long held = Long.parseLong(out.get("s1").get("recorded").asText().substring("held:".length()));
      holds.decide(held, Decision.RELEASE, null, "alice", "another person", BigDecimal.ZERO);
      holds.decide(held, Decision.RELEASE, null, "bob", null, BigDecimal.ZERO);
      produce("rec-in2", Map.of("s4", mt103("REC-4", "KIM SANG MANN")));
      runOnStore(url, "rec-in2", "--policy", policy.toString(), "--record", "stream");
      JsonNode s4 = consume("rec-out", 4).get("s4");
      assertThat(s4.get("decision").asText()).as("cleared by two users in the store").isEqualTo("RELEASE");
      assertThat(s4.has("recorded")).isTrue();
      assertThat(s4.get("recorded").isNull()).isTrue();
    } finally {
      // The job's pool would keep the H2 files open (and written) while JUnit deletes them.
      SharedLists.closeStore(url);
    }
    assertThatThrownBy(() -> ScreeningJob.parse("--bootstrap", "x:1", "--list", "l", "--mode", "payments", "--record", "s"))
        .hasMessageContaining("--record needs --mode payments and --store");
  }

  private static void runOnStore(String url, String topic, String... more) throws Exception {
    List<String> all = new ArrayList<>(List.of("--bootstrap", kafka.bootstrapServers(), "--store", url, "--mode", "payments",
        "--bounded", "--parallelism", "2", "--checkpoint-ms", "0", "--requests", topic, "--results", "rec-out"));
    all.addAll(List.of(more));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.parse(all.toArray(String[]::new)).build(env);
    env.execute("record");
  }

  private static String mt103(String ref, String beneficiary) {
    return """
        {1:F01DEUTDEFFAXXX0000000000}{2:I103CHASUS33XXXXN}{4:
        :20:%s
        :23B:CRED
        :32A:261130USD9000,00
        :50K:/DE89370400440532013000
        HANNA SCHMIDT
        :59:/SG0001
        %s
        :71A:SHA
        -}""".formatted(ref, beneficiary);
  }

  @Test
  void exactlyOnceResultsAreCommittedAtTheCheckpointAndReadOnceByACommittedReader() throws Exception {
    produce("eo-in", Map.of("e1", "{\"name\":\"Kim Sang-man\"}", "e2", "{\"name\":\"Hanna Schmidt\"}"));
    List<String> args = new ArrayList<>(List.of("--bootstrap", kafka.bootstrapServers(), "--list", lists.toString(),
        "--bounded", "--parallelism", "2", "--checkpoint-ms", "500", "--exactly-once", "--requests", "eo-in",
        "--results", "eo-out"));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.parse(args.toArray(String[]::new)).build(env);
    env.execute("exactly-once");

    Map<String, JsonNode> out = consume("eo-out", 2);
    assertThat(out).containsOnlyKeys("e1", "e2");
    assertThat(out.get("e1").get("hits").get(0).get("entity_id").asText()).isEqualTo("us-ofac-sdn:43377");
  }

  @Test
  void badOptionsAreRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> ScreeningJob.parse("--bootstrap", "x:1", "--list", "l", "--mode", "trade"))
        .isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("unknown --mode 'trade'");
    assertThatThrownBy(() -> ScreeningJob.parse("--bootstrap", "x:1", "--list", "l", "--threshold", "1.5"))
        .hasMessageContaining("--threshold must be in (0, 1], got 1.5");
    assertThatThrownBy(() -> ScreeningJob.parse("--list", "l")).hasMessageContaining("--bootstrap");
    assertThatThrownBy(() -> ScreeningJob.parse("--bootstrap", "x:1", "--list", "l", "--exactly-once", "--checkpoint-ms", "0"))
        .hasMessageContaining("--exactly-once needs checkpoints");
    assertThatThrownBy(() -> ScreeningJob.parse("--bootstrap", "x:1")).hasMessageContaining("give either --list");
  }

  private static void run(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--bootstrap", kafka.bootstrapServers(), "--list", lists.toString(),
        "--bounded", "--parallelism", "2", "--checkpoint-ms", "0"));
    all.addAll(List.of(args));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    ScreeningJob.parse(all.toArray(String[]::new)).build(env);
    env.execute("test");
  }

  private static void produce(String topic, Map<String, String> records) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (Map.Entry<String, String> e : records.entrySet()) {
        producer.send(new ProducerRecord<>(topic, e.getKey().getBytes(StandardCharsets.UTF_8),
            e.getValue().getBytes(StandardCharsets.UTF_8))).get();
      }
    }
  }

  private static Map<String, JsonNode> consume(String topic, int expected) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, JsonNode> out = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          out.put(new String(r.key(), StandardCharsets.UTF_8), JSON.readTree(r.value()));
        }
      }
    }
    return out;
  }
}
