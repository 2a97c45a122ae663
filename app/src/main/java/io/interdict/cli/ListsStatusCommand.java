package io.interdict.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interdict.lists.store.ListVersion;
import io.interdict.lists.store.SourceState;
import io.interdict.lists.update.OfficialSources;
import io.interdict.lists.update.SourceSpec;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code interdict lists status}: every source, its current version, age and last check. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show each source: enabled, current version, publication date, entities, age, last check and error.")
final class ListsStatusCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin HomeOption home;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ListsCli.Opened o = ListsCli.Opened.of(home)) {
      LocalDate today = LocalDate.now(Clock.systemUTC());
      for (SourceState s : o.store().sources().all()) {
        ListVersion v = o.store().current(s.source()).orElse(null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", s.source());
        row.put("enabled", s.enabled());
        row.put("url", s.url() != null ? s.url()
            : OfficialSources.find(s.source()).map(SourceSpec::officialUrl).orElse(null));
        row.put("current_version", v == null ? null : v.label());
        row.put("published", v == null || v.published() == null ? null : v.published().toString());
        row.put("entities", v == null ? null : v.entityCount());
        row.put("imported_at", v == null ? null : v.importedAt().toString());
        row.put("age_days", v == null ? null : ageDays(v, today));
        row.put("age_from", v == null ? null : v.published() != null ? "published" : "imported");
        row.put("last_check", s.lastCheck() == null ? null : s.lastCheck().toString());
        row.put("last_error", s.lastError());
        rows.add(row);
      }
    }
    if (format == Format.json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
      return 0;
    }
    String f = "%-14s %-7s %-8s %-10s %9s %6s  %-16s %s%n";
    out.printf(f, "SOURCE", "ENABLED", "VERSION", "PUBLISHED", "ENTITIES", "AGE", "LAST CHECK", "LAST ERROR");
    for (Map<String, Object> r : rows) {
      out.printf(f, r.get("source"), (Boolean) r.get("enabled") ? "yes" : "no", dash(r.get("current_version")),
          dash(r.get("published")), r.get("entities") == null ? "-" : ListsCli.count((Integer) r.get("entities")),
          r.get("age_days") == null ? "-" : r.get("age_days") + ("imported".equals(r.get("age_from")) ? "d*" : "d"),
          r.get("last_check") == null ? "-" : minutes((String) r.get("last_check")), dash(r.get("last_error")));
    }
    if (rows.stream().anyMatch(r -> "imported".equals(r.get("age_from")))) {
      out.println("* age since import: the list format states no publication date");
    }
    return 0;
  }

  /** Days since publication (since import when the format states no date). */
  static long ageDays(ListVersion v, LocalDate today) {
    LocalDate from = v.published() != null ? v.published() : v.importedAt().atZone(ZoneOffset.UTC).toLocalDate();
    return ChronoUnit.DAYS.between(from, today);
  }

  private static String dash(Object o) {
    return o == null ? "-" : o.toString();
  }

  private static String minutes(String instant) {
    return Instant.parse(instant).truncatedTo(ChronoUnit.MINUTES).toString().replace("T", " ").replace(":00Z", "Z");
  }
}
