package io.interdict.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Screens (or decides) one record against the task manager's shared lists; see {@link Requests}. */
final class ScreenFunction extends RichMapFunction<KafkaRecord, KafkaRecord> {
  private static final long serialVersionUID = 1L;

  private final SharedLists.Spec lists;
  private final ScreeningJob.Mode mode;
  private final double threshold;
  private final int limit;
  private final String recordAs;

  /** @param recordAs the user decisions are recorded as in the store; null to record nothing */
  ScreenFunction(SharedLists.Spec lists, ScreeningJob.Mode mode, double threshold, int limit, String recordAs) {
    this.lists = lists;
    this.mode = mode;
    this.threshold = threshold;
    this.limit = limit;
    this.recordAs = recordAs;
  }

  @Override
  public void open(OpenContext context) {
    SharedLists.get(lists); // load (or fail the task) before the first record, not on it
    if (recordAs != null) {
      Recording.of(lists);
    }
  }

  @Override
  public KafkaRecord map(KafkaRecord r) {
    SharedLists.Loaded l = SharedLists.get(lists);
    byte[] out = switch (mode) {
      case SCREEN -> Requests.screen(r.value, r.origin, l.screener(), threshold < 0 ? l.screener().defaultThreshold()
          : threshold, limit, l.version());
      case PAYMENTS -> recordAs == null ? Requests.decide(r.value, r.origin, l.decider(), l.version())
          : Requests.decideAndRecord(r.value, r.origin, Recording.of(lists).decider(l.decider()), l.version(),
              d -> Recording.of(lists).record(d, recordAs));
    };
    return new KafkaRecord(r.key, out, r.origin);
  }
}
