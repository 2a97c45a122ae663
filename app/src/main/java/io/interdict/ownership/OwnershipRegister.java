package io.interdict.ownership;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.NamedCsv;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Who holds how much of whom: parties and stakes, validated as a whole and then immutable. Read from a
 * UTF-8 CSV whose header names {@code owner_id, owner_name, owned_id, owned_name, percent} and
 * optionally {@code owner_list_id, owned_list_id} (a confirmed list entry, {@code source:sourceId}).
 *
 * <p>A register that contradicts itself is refused with the line, never half used: a party named two
 * ways, two list entries for one party, the same holding twice, a party holding itself, or holdings in
 * one entity adding up to more than 100 %. Cross-holdings (A holds B, B holds A) are allowed.
 */
public final class OwnershipRegister {
  static final List<String> REQUIRED = List.of("owner_id", "owner_name", "owned_id", "owned_name", "percent");
  static final List<String> OPTIONAL = List.of("owner_list_id", "owned_list_id");

  private final List<Party> parties;
  private final List<Stake> stakes;
  private final Map<String, Integer> index;
  /** Stakes held in each party, as indexes into {@link #stakes}: CSR layout, {@code inStart[p]..inStart[p+1]}. */
  private final int[] inStart;
  private final int[] inStakes;
  /** Stakes each party holds, the same layout. */
  private final int[] outStart;
  private final int[] outStakes;

  private OwnershipRegister(List<Party> parties, List<Stake> stakes) {
    this.parties = List.copyOf(parties);
    this.stakes = List.copyOf(stakes);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < parties.size(); i++) {
      idx.put(parties.get(i).id(), i);
    }
    this.index = Collections.unmodifiableMap(idx);
    int n = parties.size();
    inStart = new int[n + 1];
    outStart = new int[n + 1];
    for (Stake s : stakes) {
      inStart[s.owned() + 1]++;
      outStart[s.owner() + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inStart[i + 1] += inStart[i];
      outStart[i + 1] += outStart[i];
    }
    inStakes = new int[stakes.size()];
    outStakes = new int[stakes.size()];
    int[] inFill = inStart.clone();
    int[] outFill = outStart.clone();
    for (int k = 0; k < stakes.size(); k++) {
      inStakes[inFill[stakes.get(k).owned()]++] = k;
      outStakes[outFill[stakes.get(k).owner()]++] = k;
    }
  }

  public List<Party> parties() {
    return parties;
  }

  public List<Stake> stakes() {
    return stakes;
  }

  public int size() {
    return parties.size();
  }

  /** Index of the party with this id, or -1. */
  public int indexOf(String id) {
    return index.getOrDefault(id, -1);
  }

  int inStart(int party) {
    return inStart[party];
  }

  int inEnd(int party) {
    return inStart[party + 1];
  }

  int inStake(int i) {
    return inStakes[i];
  }

  int outStart(int party) {
    return outStart[party];
  }

  int outEnd(int party) {
    return outStart[party + 1];
  }

  int outStake(int i) {
    return outStakes[i];
  }

  public static OwnershipRegister read(Path file) {
    try (Reader r = new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
      return read(r, file.toString());
    } catch (NoSuchFileException e) {
      throw new InterdictException.InvalidInput("ownership register " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new ListFormatException(file.toString(), 0, "not valid UTF-8");
    } catch (IOException e) {
      throw new InterdictException.InvalidInput("cannot read ownership register " + file + ": " + e.getMessage());
    }
  }

  /** Parses and validates the whole register; {@code origin} names the input in error messages. */
  public static OwnershipRegister read(Reader in, String origin) throws IOException {
    Builder b = new Builder(origin);
    NamedCsv.read(in, origin, String.join(",", REQUIRED), (rec, line) -> header(rec, origin, line), (rec, col, line) -> {
      int share;
      try {
        share = Share.parsePercent(rec.get(col.get("percent")));
      } catch (InterdictException.InvalidInput e) {
        throw new ListFormatException(origin, line, e.getMessage());
      }
      b.stake(line, rec.get(col.get("owner_id")), rec.get(col.get("owner_name")), NamedCsv.field(rec, col, "owner_list_id"),
          rec.get(col.get("owned_id")), rec.get(col.get("owned_name")), NamedCsv.field(rec, col, "owned_list_id"), share);
    });
    return b.build();
  }

  private static Map<String, Integer> header(CSVRecord rec, String origin, long line) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < rec.size(); i++) {
      String name = rec.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw new ListFormatException(origin, line, "unknown column '" + rec.get(i) + "' in the header (expected "
            + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL) + ")");
      }
      if (col.put(name, i) != null) {
        throw new ListFormatException(origin, line, "column '" + name + "' appears twice in the header");
      }
    }
    for (String required : REQUIRED) {
      if (!col.containsKey(required)) {
        throw new ListFormatException(origin, line, "the header lacks the column " + required
            + " (required: " + String.join(",", REQUIRED) + ")");
      }
    }
    return col;
  }


  public static Builder builder() {
    return new Builder("register");
  }

  /** Collects stakes one by one, checking each against those before it. */
  public static final class Builder {
    private final String origin;
    private final List<Party> parties = new ArrayList<>();
    private final List<Long> partyLines = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<Stake> stakes = new ArrayList<>();
    private final Map<Long, Long> pairLines = new HashMap<>();
    private final Map<Integer, Integer> heldIn = new HashMap<>();

    private Builder(String origin) {
      this.origin = origin;
    }

    /** Adds one holding; line 0 when not from a file. Throws with the line on any contradiction. */
    public Builder stake(long line, String ownerId, String ownerName, String ownerListId,
        String ownedId, String ownedName, String ownedListId, int share) {
      int owner = party(line, "owner", ownerId, ownerName, ownerListId);
      int owned = party(line, "owned", ownedId, ownedName, ownedListId);
      if (owner == owned) {
        throw new ListFormatException(origin, line, "party '" + ownerId + "' holds itself; leave treasury shares out");
      }
      if (share <= 0 || share > Share.WHOLE) {
        throw new ListFormatException(origin, line, "share " + share + " millionths is outside (0, 100 %]");
      }
      Long before = pairLines.putIfAbsent(((long) owner << 32) | owned, line);
      if (before != null) {
        throw new ListFormatException(origin, line, "'" + ownerId + "' already holds a stake in '" + ownedId
            + "' on line " + before + "; give one line per holder and entity, with the shares added up");
      }
      int total = heldIn.merge(owned, share, Integer::sum);
      if (total > Share.WHOLE) {
        throw new ListFormatException(origin, line, "stakes in '" + ownedId + "' add up to " + Share.percent(total)
            + ", more than 100 %");
      }
      stakes.add(new Stake(owner, owned, share, line));
      return this;
    }

    /** Convenience for code and tests: a holding between unlisted-or-confirmed parties named by id. */
    public Builder stake(String ownerId, String ownedId, String percent) {
      return stake(0, ownerId, ownerId, null, ownedId, ownedId, null, Share.parsePercent(percent));
    }

    /** A party without holdings yet, or a confirmed list entry for a party (listKey may be null). */
    public Builder listed(long line, String id, String name, String listKey) {
      party(line, "listed", id, name, listKey);
      return this;
    }

    private int party(long line, String role, String id, String name, String listKey) {
      String pid = strip(id);
      String pname = strip(name);
      String key = strip(listKey);
      if (pid == null) {
        throw new ListFormatException(origin, line, role + " id is empty");
      }
      if (pname == null) {
        throw new ListFormatException(origin, line, role + " '" + pid + "' has no name");
      }
      if (key != null && (key.indexOf(':') <= 0 || key.endsWith(":"))) {
        throw new ListFormatException(origin, line, role + " list id '" + key
            + "' is not a list entry key (expected source:id, e.g. us-ofac-sdn:36434)");
      }
      Integer i = index.get(pid);
      if (i == null) {
        index.put(pid, parties.size());
        parties.add(new Party(pid, pname, key));
        partyLines.add(line);
        return parties.size() - 1;
      }
      Party p = parties.get(i);
      if (!p.name().equals(pname)) {
        throw new ListFormatException(origin, line, "party '" + pid + "' is named '" + pname + "' here and '" + p.name()
            + "'" + where(partyLines.get(i)));
      }
      if (key != null) {
        if (p.listKey() == null) {
          parties.set(i, new Party(pid, pname, key));
        } else if (!p.listKey().equals(key)) {
          throw new ListFormatException(origin, line, "party '" + pid + "' is list entry " + key + " here and "
              + p.listKey() + where(partyLines.get(i)));
        }
      }
      return i;
    }

    private static String where(long line) {
      return line > 0 ? " on line " + line : " before";
    }

    private static String strip(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }

    public OwnershipRegister build() {
      return new OwnershipRegister(parties, stakes);
    }
  }
}
