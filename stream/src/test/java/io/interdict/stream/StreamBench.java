package io.interdict.stream;

import io.interdict.match.Query;
import io.interdict.match.Screener;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
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

/**
 * Throughput of the Flink job between real Kafka topics, against the same engine screening the same
 * names in process, in one run. Everything shares one machine here (broker, job manager, task slots),
 * so the figures show what the job costs over the engine, not how far it scales across machines.
 *
 * <pre>
 * mvn -q -pl stream -am test-compile
 * java -Xmx4g -cp "stream/target/test-classes:stream/target/classes:$(cat stream/target/test-classpath.txt)" \
 *   io.interdict.stream.StreamBench NAMES.csv COUNT LIST...
 * </pre>
 * NAMES.csv: names in the first column under a header (e.g. ../shared/eval/yente/negatives_global.csv).
 */
public final class StreamBench {
  private StreamBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: StreamBench NAMES.csv COUNT LIST...");
      System.exit(2);
    }
    List<String> names = names(Path.of(args[0]), Integer.parseInt(args[1]));
    List<String> lists = List.of(args).subList(2, args.length);
    SharedLists.Loaded loaded = SharedLists.get(new SharedLists.Spec(lists, null, 0, null));
    Screener screener = loaded.screener();
    System.out.printf(Locale.ROOT, "%,d names against %,d entities (%s)%n", names.size(), loaded.entities().size(), lists);

    // one full pass first, so that neither measured pass pays for the JIT
    names.parallelStream().forEach(n -> screener.screen(Query.name(n), 0.8, 10));
    for (int threads : new int[] {1, 2}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      long t0 = System.nanoTime();
      long hits = pool.submit(() -> names.parallelStream().mapToLong(n -> screener.screen(Query.name(n), 0.8, 10).size()).sum())
          .get();
      double s = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      System.out.printf(Locale.ROOT, "in process, %d thread%s: %,.0f names/s (%,d hits)%n", threads,
          threads == 1 ? "" : "s", names.size() / s, hits);
    }

    KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .build();
    try {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      // the first job (a warm-up, not printed) starts Flink's and Kafka's code paths in this JVM
      for (int parallelism : new int[] {0, 1, 2}) {
        boolean warmUp = parallelism == 0;
        List<String> batch = warmUp ? names.subList(0, Math.min(2000, names.size())) : names;
        parallelism = Math.max(1, parallelism);
        String in = "bench-in-" + parallelism + (warmUp ? "-warm" : "");
        String out = "bench-out-" + parallelism + (warmUp ? "-warm" : "");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
          admin.createTopics(List.of(new NewTopic(in, 2, (short) 1), new NewTopic(out, 2, (short) 1))).all().get();
        }
        produce(kafka.bootstrapServers(), in, batch);
        List<String> jobArgs = new ArrayList<>(List.of("--bootstrap", kafka.bootstrapServers(), "--requests", in,
            "--results", out, "--bounded", "--parallelism", String.valueOf(parallelism), "--checkpoint-ms", "0",
            "--reload-seconds", "0", "--group", "bench-" + in));
        for (String l : lists) {
          jobArgs.add("--list");
          jobArgs.add(l);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        ScreeningJob.parse(jobArgs.toArray(String[]::new)).build(env);
        long t0 = System.nanoTime();
        env.execute("bench");
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] span = resultSpan(kafka.bootstrapServers(), out, batch.size());
        if (warmUp) {
          continue;
        }
        double steady = (names.size() - 1) / ((span[1] - span[0]) / 1000.0);
        System.out.printf(Locale.ROOT, "Flink job, parallelism %d: %,.0f names/s first to last result, %,.0f names/s "
            + "over the whole job (%.1f s, with job start-up; the index is the one already built in this JVM)%n", parallelism, steady, names.size() / wall, wall);
      }
    } finally {
      kafka.close();
    }
    System.exit(0);
  }

  private static List<String> names(Path csv, int count) throws Exception {
    List<String> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().get().parse(r)) {
        if (out.size() == count) {
          break;
        }
        if (!rec.get(0).isBlank()) {
          out.add(rec.get(0));
        }
      }
    }
    return out;
  }

  private static void produce(String bootstrap, String topic, List<String> names) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < names.size(); i++) {
        String json = io.interdict.server.Json.MAPPER.writeValueAsString(Map.of("id", "n" + i, "name", names.get(i)));
        producer.send(new ProducerRecord<>(topic, ("n" + i).getBytes(StandardCharsets.UTF_8),
            json.getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  /** Timestamps (ms) of the first and last result written. */
  private static long[] resultSpan(String bootstrap, String topic, int expected) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "span-" + topic);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int seen = 0;
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (seen < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          first = Math.min(first, r.timestamp());
          last = Math.max(last, r.timestamp());
          seen++;
        }
      }
    }
    if (seen < expected) {
      throw new IllegalStateException("only " + seen + " of " + expected + " results arrived");
    }
    return new long[] {first, last};
  }
}
