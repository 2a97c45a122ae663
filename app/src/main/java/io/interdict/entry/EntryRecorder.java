package io.interdict.entry;

import io.interdict.audit.AuditLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes entry decisions into the audit trail: every REFER and DENY with who asked, the traveller as
 * read, the listed entries hit and the reasons, so that a stopped traveller's case can be reconstructed
 * and nobody can quietly take a decision back. CLEAR decisions are only counted, one record per run:
 * the trail is about decisions that stop somebody, and a manifest of passengers who are nobody's
 * concern does not belong in a compliance record.
 */
public final class EntryRecorder {
  private final AuditLog audit;

  public EntryRecorder(AuditLog audit) {
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /** Records the decision when it stops the traveller; returns whether it did. */
  public boolean record(EntryDecision d, String user) {
    if (d.decision() == EntryOutcome.CLEAR) {
      return false;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("decision", d.decision().name());
    Traveller t = d.traveller();
    if (t != null) {
      details.put("name", t.fullName());
      details.put("birth_date", t.birthDate() == null ? null : t.birthDate().toString());
      details.put("nationality", t.nationality());
      details.put("document_number", t.documentNumber());
    }
    List<String> hits = new ArrayList<>();
    for (EntryHit h : d.hits()) {
      hits.add(h.entityKey());
    }
    details.put("hits", hits);
    details.put("reasons", d.reasons());
    audit.append(user, "entry.decided", "traveller:" + subject(d), details);
    return true;
  }

  /** One record for a whole run (a manifest, an API batch): how many travellers had each outcome. */
  public void recordRun(String user, String origin, Map<String, Integer> summary) {
    Map<String, Object> details = new LinkedHashMap<>(summary);
    audit.append(user, "entry.screened", "manifest:" + origin, details);
  }

  private static String subject(EntryDecision d) {
    Traveller t = d.traveller();
    if (d.id() != null) {
      return d.id();
    }
    if (t != null && t.documentNumber() != null) {
      return t.documentNumber();
    }
    return t == null ? "?" : t.fullName();
  }
}
