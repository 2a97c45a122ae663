package io.interdict.stream;

import io.interdict.InterdictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.flink.util.Collector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The scale-out job: requests from one Kafka topic are screened (or payments decided) in parallel on a
 * Flink cluster and the results written, under the request's key, to another topic. Submit with
 * {@code flink run stream/target/interdict-stream.jar --bootstrap kafka:9092 --list /lists/sdn --list /lists/un.xml},
 * or with {@code --store jdbc:postgresql://...} to screen against the list store the rest of Interdict keeps.
 */
@Command(name = "interdict-stream", mixinStandardHelpOptions = true,
    description = "Screen names or decide payments between Kafka topics on Apache Flink.")
public final class ScreeningJob implements Callable<Integer> {
  /** Kafka's default {@code transaction.max.timeout.ms}: an exactly-once transaction may not live longer. */
  static final long TRANSACTION_TIMEOUT_MS = 15 * 60 * 1000;

  /** What a request is: a JSON party to screen, or a payment message to decide. */
  public enum Mode {
    SCREEN,
    PAYMENTS
  }

  @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
  String bootstrap;

  @Option(names = "--mode", defaultValue = "screen", description = "screen or payments (default ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--requests", paramLabel = "TOPIC", description = "Topic to read (default interdict.<mode>.requests).")
  String requests;

  @Option(names = "--results", paramLabel = "TOPIC", description = "Topic to write (default interdict.<mode>.results).")
  String results;

  @Option(names = "--group", paramLabel = "ID", description = "Consumer group (default interdict-<mode>).")
  String group;

  @Option(names = "--list", paramLabel = "PATH",
      description = "List file or directory, readable on every task manager (repeatable).")
  List<String> lists = new ArrayList<>();

  @Option(names = "--store", paramLabel = "JDBC_URL", description = "Screen against the current lists of this list "
      + "store instead (user and password from INTERDICT_DB_USER / INTERDICT_DB_PASSWORD on the task managers).")
  String store;

  @Option(names = "--policy", paramLabel = "FILE", description = "Payment policy (JSON or YAML) for --mode payments.")
  String policy;

  @Option(names = "--record", paramLabel = "USER", description = "With --mode payments and --store: record decisions "
      + "in the store as USER (BLOCKs in the ledger, REJECTs in the rejects register, HOLDs in the queue of held "
      + "payments), and release the holds the store's clearances cover.")
  String record;

  @Option(names = "--threshold", paramLabel = "T", description = "Screening threshold in (0, 1]; default the engine's.")
  Double threshold;

  @Option(names = "--limit", defaultValue = "10", description = "Hits per request at most (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--reload-seconds", defaultValue = "60",
      description = "How often task managers look for changed list files; 0 never (default ${DEFAULT-VALUE}).")
  long reloadSeconds;

  @Option(names = "--checkpoint-ms", defaultValue = "10000",
      description = "Checkpoint interval: offsets are committed and results flushed at each (default ${DEFAULT-VALUE}).")
  long checkpointMs;

  @Option(names = "--exactly-once", description = "Write results in Kafka transactions committed at each checkpoint, "
      + "so that a consumer reading committed records sees each result once (results then wait for the checkpoint).")
  boolean exactlyOnce;

  @Option(names = "--bounded", description = "Stop at the offsets that are the latest when the job starts (backfills, tests).")
  boolean bounded;

  @Option(names = "--parallelism", description = "Parallel screening tasks (default: the cluster's).")
  Integer parallelism;

  Mode parsedMode() {
    try {
      return Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InterdictException.InvalidInput("unknown --mode '" + mode + "' (expected screen or payments)");
    }
  }

  /** Validated options; throws {@link InterdictException.InvalidInput} naming the bad one. */
  static ScreeningJob parse(String... args) {
    ScreeningJob job = new ScreeningJob();
    try {
      new CommandLine(job).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new InterdictException.InvalidInput(e.getMessage());
    }
    job.parsedMode();
    job.spec();
    if (job.threshold != null && !(job.threshold > 0 && job.threshold <= 1)) {
      throw new InterdictException.InvalidInput("--threshold must be in (0, 1], got " + job.threshold);
    }
    if (job.exactlyOnce && job.checkpointMs <= 0) {
      throw new InterdictException.InvalidInput("--exactly-once needs checkpoints: --checkpoint-ms must be positive");
    }
    if (job.record != null && (job.parsedMode() != Mode.PAYMENTS || job.store == null || job.record.isBlank())) {
      throw new InterdictException.InvalidInput("--record needs --mode payments and --store (where to record), and a user");
    }
    if (job.limit < 1) {
      throw new InterdictException.InvalidInput("--limit must be at least 1, got " + job.limit);
    }
    return job;
  }

  SharedLists.Spec spec() {
    return new SharedLists.Spec(lists, store, reloadSeconds, policy);
  }

  String requestsTopic() {
    return requests != null ? requests : "interdict." + parsedMode().name().toLowerCase(Locale.ROOT) + ".requests";
  }

  String resultsTopic() {
    return results != null ? results : "interdict." + parsedMode().name().toLowerCase(Locale.ROOT) + ".results";
  }

  /** Adds source, screening and sink to {@code env}. */
  void build(StreamExecutionEnvironment env) {
    if (checkpointMs > 0) {
      env.enableCheckpointing(checkpointMs);
    }
    KafkaSourceBuilder<KafkaRecord> source = KafkaSource.<KafkaRecord>builder()
        .setBootstrapServers(bootstrap)
        .setTopics(requestsTopic())
        .setGroupId(group != null ? group : "interdict-" + parsedMode().name().toLowerCase(Locale.ROOT))
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new RecordDeserializer());
    if (bounded) {
      source.setBounded(OffsetsInitializer.latest());
    }
    DataStream<KafkaRecord> in = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "requests");
    var screened = in.map(new ScreenFunction(spec(), parsedMode(), threshold == null ? -1 : threshold, limit,
            record == null ? null : record.strip()))
        .returns(KafkaRecord.class).name(parsedMode() == Mode.SCREEN ? "screen" : "decide");
    if (parallelism != null) {
      screened.setParallelism(parallelism);
    }
    String topic = resultsTopic();
    KafkaSinkBuilder<KafkaRecord> sink = KafkaSink.<KafkaRecord>builder()
        .setBootstrapServers(bootstrap)
        .setRecordSerializer((KafkaRecordSerializationSchema<KafkaRecord>) (r, ctx, ts) ->
            new ProducerRecord<>(topic, r.key, r.value));
    if (exactlyOnce) {
      // Flink's default transaction timeout (1 h) is above a broker's default maximum (15 min)
      sink.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("interdict-" + topic)
          .setProperty("transaction.timeout.ms", String.valueOf(TRANSACTION_TIMEOUT_MS));
    } else {
      sink.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);
    }
    screened.sinkTo(sink.build()).name("results");
  }

  @Override
  public Integer call() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    build(env);
    env.execute("interdict-" + parsedMode().name().toLowerCase(Locale.ROOT));
    return 0;
  }

  public static void main(String[] args) throws Exception {
    ScreeningJob job;
    try {
      job = parse(args);
    } catch (InterdictException e) {
      System.err.println("interdict-stream: " + e.getMessage());
      System.exit(e.exitCode());
      return;
    }
    job.call();
  }

  /** Keeps key, value and where the record came from. */
  static final class RecordDeserializer implements KafkaRecordDeserializationSchema<KafkaRecord> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<KafkaRecord> out) {
      out.collect(new KafkaRecord(r.key(), r.value(), r.topic() + "-" + r.partition() + "@" + r.offset()));
    }

    @Override
    public TypeInformation<KafkaRecord> getProducedType() {
      return TypeInformation.of(KafkaRecord.class);
    }
  }
}
