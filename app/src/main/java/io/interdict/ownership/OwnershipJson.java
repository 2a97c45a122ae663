package io.interdict.ownership;

import io.interdict.ownership.OwnershipAnalysis.Finding;
import io.interdict.ownership.OwnershipAnalysis.Holding;
import io.interdict.ownership.OwnershipAnalysis.NameHit;
import io.interdict.ownership.OwnershipAnalysis.Report;
import io.interdict.ownership.OwnershipAnalysis.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of an ownership report, one shape for the CLI and the HTTP API: snake_case, percentages as numbers. */
public final class OwnershipJson {
  private OwnershipJson() {}

  public static Map<String, Object> report(Report report, String against) {
    List<Object> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.party().id());
      m.put("name", f.party().name());
      m.put("status", f.status().name());
      m.put("list_entry", f.listEntry());
      if (f.status() == Status.BLOCKED || !f.holdings().isEmpty()) {
        m.put("held_by_blocked_percent", Share.percentValue(f.heldByBlocked()));
        m.put("level", f.level());
      }
      List<Object> holdings = new ArrayList<>();
      for (Holding h : f.holdings()) {
        Map<String, Object> hm = new LinkedHashMap<>();
        hm.put("owner_id", h.ownerId());
        hm.put("owner_name", h.ownerName());
        hm.put("percent", Share.percentValue(h.share()));
        hm.put("owner_is", h.ownerIs());
        holdings.add(hm);
      }
      m.put("holdings", holdings);
      List<Object> hits = new ArrayList<>();
      for (NameHit h : f.nameHits()) {
        Map<String, Object> hm = new LinkedHashMap<>();
        hm.put("entity_key", h.entityKey());
        hm.put("listed_name", h.listedName());
        hm.put("score", h.score());
        hm.put("why", h.why());
        hits.add(hm);
      }
      m.put("name_hits", hits);
      m.put("reasons", f.reasons());
      findings.add(m);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      summary.put(s.name(), report.count(s));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rule", report.rule().name());
    out.put("rule_text", report.rule().describe());
    out.put("against", against);
    out.put("summary", summary);
    out.put("findings", findings);
    return out;
  }
}
