package io.interdict.payments;

import io.interdict.lists.ListFormats;
import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures payment screening throughput on generated, realistic pacs.008 messages (structured and
 * unstructured addresses, agents by BIC, remittance text; about one in 200 pays a listed name). Prints,
 * in messages per second: the streaming parse alone, Prowide's typed parse alone, the full decision on
 * one thread, and the full decision on N threads; each as wall-clock rate and as messages per CPU-second
 * of the working threads (the capacity figure on a shared, loaded machine).
 *
 * <p>{@code java -cp interdict.jar io.interdict.payments.PaymentsBenchmark [--count N] [--threads T] --list PATH...}
 * or {@code ./interdict payments bench}.
 */
public final class PaymentsBenchmark {
  private static final String[] FIRST = {"Anna", "Jean", "Mohammed", "Olena", "Wei", "Carlos", "Fatima", "Hiroshi",
      "Priya", "Lars", "Sofia", "Ahmed", "Elena", "Kwame", "Isabel", "Dmitri", "Aisha", "Luca", "Mei", "Pedro", "Nadia",
      "Thomas", "Ingrid", "Rafael", "Yuki", "Omar", "Chloe", "Sven", "Amara", "Javier", "Hannah", "Giorgos", "Leila",
      "Mateo", "Zanele", "Tariq", "Eva", "Arjun", "Bongani", "Clara"};
  private static final String[] LAST = {"Schmidt", "Dupont", "Rahman", "Kovalenko", "Zhang", "Garcia", "Haddad", "Tanaka",
      "Sharma", "Johansson", "Rossi", "Hassan", "Popescu", "Mensah", "Fernandes", "Ivanov", "Bello", "Bianchi", "Chen",
      "Silva", "Nowak", "Muller", "Larsen", "Moreno", "Sato", "Farouk", "Martin", "Berg", "Okafor", "Ruiz", "Weber",
      "Papadopoulos", "Karimi", "Lopez", "Dlamini", "Qureshi", "Novak", "Patel", "Nkosi", "Lefebvre"};
  private static final String[] COMPANY = {"Alpine Machinery", "Blue Harbour Logistics", "Northwind Textiles",
      "Sunrise Agro", "Delta Precision Tools", "Meridian Pharma", "Atlas Shipping", "Crescent Electronics", "Evergreen Foods",
      "Polaris Software", "Redwood Timber", "Silverline Metals", "Orion Medical Devices", "Baltic Grain", "Cobalt Energy",
      "Harbourview Properties", "Quantum Components", "Sahara Solar", "Tundra Outdoor", "Vertex Consulting"};
  private static final String[] SUFFIX = {"GmbH", "Ltd", "LLC", "SA", "S.p.A.", "BV", "AG", "Inc.", "Pte Ltd", "Sp. z o.o."};
  private static final String[][] CITY = {{"Frankfurt am Main", "60325", "DE"}, {"Paris", "75002", "FR"},
      {"London", "EC2V 7HH", "GB"}, {"New York", "10017", "US"}, {"Singapore", "048583", "SG"}, {"Milan", "20121", "IT"},
      {"Madrid", "28013", "ES"}, {"Warsaw", "00-950", "PL"}, {"Tokyo", "100-0005", "JP"}, {"Lagos", "101233", "NG"},
      {"Sao Paulo", "01310-100", "BR"}, {"Mumbai", "400001", "IN"}, {"Dubai", "00000", "AE"}, {"Zurich", "8001", "CH"}};
  private static final String[] BIC = {"DEUTDEFF", "COBADEFF", "BNPAFRPP", "SOGEFRPP", "HSBCGB2L", "BARCGB22", "CHASUS33",
      "CITIUS33", "DBSSSGSG", "UNCRITMM", "BSCHESMM", "PKOPPLPW", "BOTKJPJT", "ZEIBNGLA", "ITAUBRSP", "SBININBB",
      "EBILAEAD", "UBSWCHZH80A", "INGBNL2A", "RABONL2U"};
  private static final String[] GOODS = {"machine parts", "consulting services", "freight charges", "software licence",
      "raw materials", "medical supplies", "office rent", "marketing services", "spare parts", "textile order"};

  private PaymentsBenchmark() {}

  public static void main(String[] args) {
    int count = 20_000;
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> lists = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--list" -> lists.add(Path.of(args[++i]));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<ListedEntity> entities = new ArrayList<>();
    for (Path p : lists) {
      entities.addAll(ListFormats.read(p, false).entities());
    }
    PrintWriter out = new PrintWriter(System.out, true);
    run(entities, Screeners.forEntities(entities), count, threads, out);
  }

  /** Runs every phase and prints the figures; returns the parallel throughput in messages per second. */
  public static double run(List<ListedEntity> entities, Screener screener, int count, int threads, PrintWriter out) {
    out.printf(Locale.ROOT, "payments bench: %d pacs.008 messages, %d entities, %d thread(s), %d core(s)%n", count,
        entities.size(), threads, Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    List<byte[]> messages = generate(count, entities, new Random(42));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (byte[] m : messages) {
      for (PartyField p : IsoXmlExtractor.extract(m, "count").parties()) {
        if (p.name() != null) {
          names.add(p.name());
        }
      }
    }
    out.printf(Locale.ROOT, "  generated in %.1f s (avg %d bytes, %d distinct party names in %d messages)%n",
        (System.nanoTime() - t0) / 1e9, messages.stream().mapToInt(m -> m.length).sum() / Math.max(1, count), names.size(),
        count);
    IdentifierIndex ids = new IdentifierIndex(entities);
    PaymentDecider decider = new PaymentDecider(screener, ids, PaymentPolicy.DEFAULT, PaymentDecider.DEFAULT_MEMO);
    PaymentDecider cold = new PaymentDecider(screener, ids, PaymentPolicy.DEFAULT, 0);
    int warm = Math.min(count, 200);
    for (int i = 0; i < warm; i++) {
      IsoXmlExtractor.extract(messages.get(i), "warm");
      ProwideMxExtractor.extract(messages.get(i), "warm");
    }
    Rate stax = rate(count, () -> {
      for (byte[] m : messages) {
        IsoXmlExtractor.extract(m, "bench");
      }
    });
    out.println("  parse only, streaming StAX  (1 thread):  " + stax.format());
    out.flush();
    int prowideCount = Math.min(count, 500);
    Rate prowide = rate(prowideCount, () -> {
      for (int i = 0; i < prowideCount; i++) {
        ProwideMxExtractor.extract(messages.get(i), "bench");
      }
    });
    out.println("  parse only, Prowide typed   (1 thread):  " + prowide.format());
    out.flush();
    for (int i = 0; i < warm; i++) {
      cold.decide(messages.get(i), "warm");
    }
    int singleCount = Math.min(count, 2_000);
    Rate unmemo = rate(singleCount, () -> {
      for (int i = 0; i < singleCount; i++) {
        cold.decide(messages.get(i), "bench");
      }
    });
    out.println("  decide, every name screened (1 thread):  " + unmemo.format());
    out.flush();
    Rate single = rate(singleCount, () -> {
      for (int i = 0; i < singleCount; i++) {
        decider.decide(messages.get(i), "bench");
      }
    });
    out.println("  decide, names memoised      (1 thread):  " + single.format());
    out.flush();
    Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    Rate parallel = parallel(decider, messages, threads, decisions);
    out.printf(Locale.ROOT, "  decide, names memoised      (%d threads): %s%n", threads, parallel.format());
    out.printf(Locale.ROOT, "  decisions: %s%n", decisions);
    out.flush();
    return parallel.wall();
  }

  private static Rate parallel(PaymentDecider decider, List<byte[]> messages, int threads, Map<Decision, Integer> counts) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpu = new AtomicLong();
    long t0 = System.nanoTime();
    int[][] perThread = new int[threads][Decision.values().length];
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int[] mine = perThread[t];
      workers[t] = new Thread(() -> {
        long c0 = THREADS.getCurrentThreadCpuTime();
        for (int i = next.getAndIncrement(); i < messages.size(); i = next.getAndIncrement()) {
          mine[decider.decide(messages.get(i), "bench").decision().ordinal()]++;
        }
        cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
      }, "payments-bench-" + t);
      workers[t].start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    for (int[] c : perThread) {
      for (Decision d : Decision.values()) {
        counts.merge(d, c[d.ordinal()], Integer::sum);
      }
    }
    return new Rate(messages.size() / wall, messages.size() / (cpu.get() / 1e9));
  }

  /** Wall-clock and CPU figures of one phase (CPU time counts only the threads doing the work). */
  record Rate(double wall, double perCpuSecond) {
    String format() {
      return String.format(Locale.ROOT, "%,10.0f msgs/s wall, %,10.0f msgs per CPU-second", wall, perCpuSecond);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Rate rate(int n, Runnable r) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long t = System.nanoTime();
    r.run();
    return new Rate(n / ((System.nanoTime() - t) / 1e9), n / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9));
  }

  /** {@code n} pacs.008.001.08 messages; about one in 200 pays the primary name of a listed entity. */
  static List<byte[]> generate(int n, List<ListedEntity> entities, Random rnd) {
    List<byte[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String creditor = !entities.isEmpty() && rnd.nextInt(200) == 0
          ? entities.get(rnd.nextInt(entities.size())).primaryName()
          : party(rnd);
      out.add(pacs008(i, party(rnd), creditor, rnd).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String party(Random rnd) {
    return rnd.nextInt(3) == 0
        ? COMPANY[rnd.nextInt(COMPANY.length)] + " " + SUFFIX[rnd.nextInt(SUFFIX.length)]
        : FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
  }

  private static String pacs008(int i, String debtor, String creditor, Random rnd) {
    String[] dc = CITY[rnd.nextInt(CITY.length)];
    String[] cc = CITY[rnd.nextInt(CITY.length)];
    String amount = String.format(Locale.ROOT, "%d.%02d", 100 + rnd.nextInt(250_000), rnd.nextInt(100));
    String id = String.format(Locale.ROOT, "BENCH-%08d", i);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf>"
        + "<GrpHdr><MsgId>" + id + "</MsgId><CreDtTm>2025-06-02T09:30:00+00:00</CreDtTm><NbOfTxs>1</NbOfTxs>"
        + "<SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>"
        + "<CdtTrfTxInf><PmtId><InstrId>I" + i + "</InstrId><EndToEndId>E2E" + i + "</EndToEndId></PmtId>"
        + "<IntrBkSttlmAmt Ccy=\"USD\">" + amount + "</IntrBkSttlmAmt><IntrBkSttlmDt>2025-06-02</IntrBkSttlmDt>"
        + "<ChrgBr>SHAR</ChrgBr>"
        + "<InstgAgt><FinInstnId><BICFI>" + BIC[rnd.nextInt(BIC.length)] + "</BICFI></FinInstnId></InstgAgt>"
        + "<InstdAgt><FinInstnId><BICFI>" + BIC[rnd.nextInt(BIC.length)] + "</BICFI></FinInstnId></InstdAgt>"
        + "<Dbtr><Nm>" + esc(debtor) + "</Nm><PstlAdr><StrtNm>Hauptstrasse</StrtNm><BldgNb>" + (1 + rnd.nextInt(200))
        + "</BldgNb><PstCd>" + dc[1] + "</PstCd><TwnNm>" + dc[0] + "</TwnNm><Ctry>" + dc[2] + "</Ctry></PstlAdr></Dbtr>"
        + "<DbtrAcct><Id><IBAN>DE89370400440532013" + String.format(Locale.ROOT, "%03d", i % 1000) + "</IBAN></Id></DbtrAcct>"
        + "<DbtrAgt><FinInstnId><BICFI>" + BIC[rnd.nextInt(BIC.length)] + "</BICFI></FinInstnId></DbtrAgt>"
        + "<CdtrAgt><FinInstnId><BICFI>" + BIC[rnd.nextInt(BIC.length)] + "</BICFI></FinInstnId></CdtrAgt>"
        + "<Cdtr><Nm>" + esc(creditor) + "</Nm><PstlAdr><AdrLine>" + (1 + rnd.nextInt(99)) + " Market Street</AdrLine>"
        + "<AdrLine>" + cc[1] + " " + cc[0] + "</AdrLine><Ctry>" + cc[2] + "</Ctry></PstlAdr></Cdtr>"
        + "<CdtrAcct><Id><Othr><Id>" + (10_000_000 + rnd.nextInt(89_999_999)) + "</Id></Othr></Id></CdtrAcct>"
        + "<RmtInf><Ustrd>Invoice " + (1000 + rnd.nextInt(9000)) + " " + GOODS[rnd.nextInt(GOODS.length)]
        + "</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>\n";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
