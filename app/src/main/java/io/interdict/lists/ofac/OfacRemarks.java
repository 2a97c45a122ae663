package io.interdict.lists.ofac;

import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the free-text Remarks column of the OFAC CSV family, where OFAC keeps everything that has no
 * column of its own: dates and places of birth, nationality, gender, identity documents, digital
 * currency addresses, weak aliases and links to other entries. Clauses are separated by {@code "; "},
 * an optional {@code "alt. "} marks a further value of the same kind. Each clause kind has its own
 * small pure function; {@link #apply} routes every clause to them. Clauses none of them understands
 * stay in the entity's remarks text, which is kept whole.
 */
final class OfacRemarks {
  private OfacRemarks() {}


  /** Last words that end in their own period, so a remark ending with them keeps it. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("LTD", "CO", "INC", "CORP", "BHD", "PVT", "PTY", "JR", "SR", "ST", "NO", "BROS", "CIA");

  private static final Pattern CLAUSE_SEPARATOR = Pattern.compile(";\\s+");
  private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(\\p{L}\\.)+\\p{L}");
  private static final Pattern YEAR_SPAN =
      Pattern.compile("(circa )?(\\d{4})\\s*-\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);

  /**
   * Routes every clause of {@code remarks} (already joined with its {@code sdn_comments.csv}
   * continuation) to its parser and records what they find on {@code b}; weak aliases go to {@code
   * weakAliases} because they are ordered after the strong ones, which are read later.
   */
  static void apply(String remarks, ListedEntity.Builder b, List<String> weakAliases) {
    for (String clause : clauses(remarks)) {
      String c = clause.startsWith("alt. ") ? clause.substring(5).stripLeading() : clause;
      String alias = weakAlias(c);
      if (alias != null) {
        weakAliases.add(alias);
        continue;
      }
      String v;
      if ((v = after(c, "DOB ")) != null) {
        PartialDate d = parseDate(v);
        if (d != null) {
          b.birthDates.add(d);
        }
      } else if ((v = after(c, "POB ")) != null) {
        addOnce(b.birthPlaces, v);
      } else if ((v = afterLabel(c, "nationality")) != null) {
        addOnce(b.nationalities, v);
      } else if ((v = afterLabel(c, "citizen")) != null) {
        addOnce(b.citizenships, v);
      } else if ((v = after(c, "Gender ")) != null) {
        b.gender = v;
      } else if ((v = linkedTo(c)) != null) {
        b.relations.add(new Relation("linked-to", v, null));
      } else if ((v = after(c, "Title ")) != null) {
        if (b.title == null) {
          b.title = v;
        }
      } else {
        Identifier id = crypto(c);
        if (id == null) {
          id = identifier(c);
        }
        if (id != null && !b.identifiers.contains(id)) {
          b.identifiers.add(id);
        }
      }
    }
  }

  /**
   * Splits remarks into clauses on {@code "; "} and drops the sentence-final period, unless it belongs
   * to an abbreviation such as {@code S.A. DE C.V.} or {@code LTD.}.
   */
  static List<String> clauses(String remarks) {
    List<String> out = new ArrayList<>();
    if (remarks == null) {
      return out;
    }
    String r = remarks.strip();
    if (r.endsWith(".") && !endsWithAbbreviation(r.substring(0, r.length() - 1))) {
      r = r.substring(0, r.length() - 1);
    }
    for (String part : CLAUSE_SEPARATOR.split(r)) {
      String p = part.strip();
      while (p.endsWith(";")) {
        p = p.substring(0, p.length() - 1).stripTrailing(); // a remark cut just after its separator
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean endsWithAbbreviation(String s) {
    int sp = Math.max(s.lastIndexOf(' '), s.lastIndexOf(','));
    String word = s.substring(sp + 1);
    return DOTTED_ABBREVIATION.matcher(word).matches() || ABBREVIATIONS.contains(word.toUpperCase(Locale.ROOT));
  }

  /** {@code a.k.a. 'NAME'} (also f.k.a., n.k.a.) in remarks: a weak alias; null for any other clause. */
  static String weakAlias(String clause) {
    if (!(clause.startsWith("a.k.a. '") || clause.startsWith("f.k.a. '") || clause.startsWith("n.k.a. '"))) {
      return null;
    }
    int end = clause.endsWith("'") ? clause.length() - 1 : clause.length();
    String name = clause.substring(8, Math.max(8, end)).strip();
    return name.isEmpty() ? null : name;
  }

  /** {@code Linked To: NAME} gives NAME; null for any other clause. */
  static String linkedTo(String clause) {
    String v = after(clause, "Linked To:");
    return v == null || v.isEmpty() ? null : v;
  }

  /** {@code Digital Currency Address - XBT 1ABC...}: ticker and address; null for any other clause. */
  static Identifier crypto(String clause) {
    String v = after(clause, "Digital Currency Address -");
    if (v == null) {
      return null;
    }
    int sp = v.indexOf(' ');
    if (sp <= 0) {
      return null;
    }
    String ticker = v.substring(0, sp).toUpperCase(Locale.ROOT);
    String address = v.substring(sp + 1).strip();
    return address.isEmpty() || address.contains(" ") ? null : Identifier.crypto(ticker, address);
  }

  /**
   * An identity document or contact clause such as {@code Passport 109420132 (Korea, North) issued 16
   * Oct 2019 expires 16 Oct 2024}: type from the label, value, and the country in parentheses; the
   * publisher's label is kept. Null when the clause opens with no known label.
   */
  static Identifier identifier(String clause) {
    for (String l : OfacIdTypes.labels()) {
      if (clause.length() <= l.length() + 1 || !clause.regionMatches(true, 0, l, 0, l.length())) {
        continue;
      }
      char next = clause.charAt(l.length());
      if (next != ' ' && next != ':') {
        continue;
      }
      String rest = clause.substring(l.length() + 1).strip();
      int cut = indexOfAny(rest, " issued ", " expires ", " Issue Date ");
      String value = cut < 0 ? rest : rest.substring(0, cut).strip();
      String country = null;
      if (value.endsWith(")")) {
        int open = value.lastIndexOf(" (");
        if (open > 0) {
          country = value.substring(open + 2, value.length() - 1).strip();
          value = value.substring(0, open).strip();
        }
      }
      if (value.isEmpty()) {
        return null;
      }
      return OfacIdTypes.identifier(l, value, country);
    }
    return null;
  }

  /**
   * An OFAC date as {@link OfacDates} reads it ({@code 15 Jun 1963}, {@code Jun 1963}, {@code 1963},
   * {@code circa ...}, {@code ... to ...}), shared with the XML reader so that both formats give the
   * same intervals, plus the span {@code 1979-1982} (also after {@code circa}) that only remarks use.
   * Null when the text is no date; the remark text keeps it.
   */
  static PartialDate parseDate(String text) {
    String t = text.strip();
    try {
      Matcher span = YEAR_SPAN.matcher(t);
      if (span.matches()) {
        PartialDate d = OfacDates.parse(span.group(2) + " to " + span.group(3));
        return span.group(1) == null
            ? PartialDate.range(d.from(), d.to(), t)
            : PartialDate.range(d.from().minusYears(1), d.to().plusYears(1), t);
      }
      return OfacDates.parse(t);
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  /** The stripped text after {@code prefix} when the clause opens with it, else null. */
  private static String after(String clause, String prefix) {
    return clause.startsWith(prefix) ? clause.substring(prefix.length()).strip() : null;
  }

  /** {@code label X} or {@code label: X}. */
  private static String afterLabel(String clause, String label) {
    if (!clause.startsWith(label) || clause.length() <= label.length() + 1) {
      return null;
    }
    char c = clause.charAt(label.length());
    if (c != ' ' && c != ':') {
      return null;
    }
    String v = clause.substring(label.length() + 1).strip();
    return v.isEmpty() ? null : v;
  }

  private static int indexOfAny(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private static void addOnce(List<String> list, String v) {
    if (!list.contains(v)) {
      list.add(v);
    }
  }

  /** Strong alias types of {@code alt.csv}'s alt_type column. */
  static NameType altType(String altType) {
    if (altType == null) {
      return NameType.STRONG_AKA;
    }
    switch (altType.toLowerCase(Locale.ROOT)) {
      case "fka":
        return NameType.FKA;
      case "nka":
        return NameType.NKA;
      default:
        return NameType.STRONG_AKA;
    }
  }
}
