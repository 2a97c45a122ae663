package io.interdict.stream;

/**
 * A request or result travelling through the job: the Kafka key is kept so that a result can be joined
 * to its request, and {@code origin} ({@code topic-partition@offset}) names the request in messages.
 * A Flink POJO (public fields, no-argument constructor) so that it is serialised without Kryo.
 */
public class KafkaRecord {
  public byte[] key;
  public byte[] value;
  public String origin;

  public KafkaRecord() {}

  public KafkaRecord(byte[] key, byte[] value, String origin) {
    this.key = key;
    this.value = value;
    this.origin = origin;
  }
}
